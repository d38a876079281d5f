// Every kind of broken input beside a good article: the error names the file (and the byte or
// limit where that helps), the exit code says what happened, and the good article's result is
// exactly what it is in a run of its own.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, rel, tempDir, type Run } from '../spawn.js';

const SEED = readFileSync('fixtures/nato-rusia-korut.txt', 'utf8');
const ARTICLE = readFileSync(`../shared/corpus/articles/${'clickid-000114.txt'}`, 'utf8');

/** A folder holding the good article, and the jsonl line a run of that file alone prints. */
function withGood(): { dir: string; good: string; alone: string } {
  const dir = tempDir('matrix');
  const good = join(dir, 'good.txt');
  writeFileSync(good, SEED);
  return { dir, good, alone: cli([good, '--format', 'jsonl', '--quiet']).stdout };
}

const lines = (r: Run) =>
  r.stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** The good article's line in a run's output, as it was printed. */
const goodLine = (r: Run, good: string) =>
  `${r.stdout.split('\n').find((l) => l.includes(`"path":${JSON.stringify(rel(good))}`))}\n`;

interface Case {
  name: string;
  /** Makes the bad input in dir; returns the path to give extract (or the extra arguments). */
  make: (dir: string) => string[];
  code: number;
  /** The line on stderr about the bad input (the summary line comes after). */
  says: (dir: string) => string | RegExp;
}

const cases: Case[] = [
  {
    name: 'a missing path',
    make: (d) => [join(d, 'hilang.txt')],
    code: 2,
    says: (d) => `extract: ${rel(join(d, 'hilang.txt'))}: no such file or folder`,
  },
  {
    name: 'a folder with no matching files',
    make: (d) => {
      mkdirSync(join(d, 'kosong'));
      writeFileSync(join(d, 'kosong', 'catatan.md'), 'bukan txt');
      return [join(d, 'kosong')];
    },
    code: 2,
    says: (d) => `extract: ${rel(join(d, 'kosong'))}: no *.txt files in this folder`,
  },
  {
    name: 'a binary file (NUL bytes)',
    make: (d) => {
      writeFileSync(join(d, 'gambar.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
      return [join(d, 'gambar.txt')];
    },
    code: 2,
    says: (d) => `extract: ${rel(join(d, 'gambar.txt'))}: binary file (NUL byte at byte 4)`,
  },
  {
    name: 'invalid UTF-8: the byte offset, and a hint at --encoding',
    make: (d) => {
      writeFileSync(join(d, 'latin.txt'), Buffer.from('Kata Pak Ma\xefruf', 'latin1'));
      return [join(d, 'latin.txt')];
    },
    code: 2,
    says: (d) =>
      `extract: ${rel(join(d, 'latin.txt'))}: invalid UTF-8 at byte 11 (if the file is Latin-1 or Windows-1252, say so with --encoding)`,
  },
  {
    name: 'a file over --max-file-size',
    make: (d) => {
      writeFileSync(join(d, 'besar.txt'), 'a'.repeat(3 * 1024 * 1024));
      return [join(d, 'besar.txt'), '--max-file-size', '2'];
    },
    code: 2,
    says: (d) => `extract: ${rel(join(d, 'besar.txt'))}: file is 3 MB, over the 2 MB limit (--max-file-size)`,
  },
  {
    name: 'a symbolic link loop in a folder (not followed) beside a file that cannot be found',
    make: (d) => {
      mkdirSync(join(d, 'loop'));
      symlinkSync(join(d, 'loop'), join(d, 'loop', 'lagi'));
      return [join(d, 'loop'), join(d, 'tidak-ada.txt')];
    },
    code: 2,
    says: (d) => `extract: ${rel(join(d, 'loop'))}: no *.txt files in this folder`,
  },
];

describe('a bad input beside a good one', () => {
  it.each(cases)('$name', ({ make, code, says }) => {
    const { dir, good, alone } = withGood();
    const args = make(dir);
    const r = cli([good, ...args, '--format', 'jsonl']);
    expect(r.code).toBe(code);
    const first = r.stderr.split('\n')[0]!;
    const want = says(dir);
    if (typeof want === 'string') expect(first).toBe(want);
    else expect(first).toMatch(want);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(goodLine(r, good)).toBe(alone);
    expect(lines(r).some((l) => 'error' in l)).toBe(true);
  });
});

describe('inputs that are odd but fine', () => {
  it('an empty file is a document with nothing in it, not an error', () => {
    const { dir, good, alone } = withGood();
    writeFileSync(join(dir, 'kosong.txt'), '');
    const r = cli([good, join(dir, 'kosong.txt'), '--format', 'jsonl', '--quiet']);
    expect(r.code).toBe(0);
    expect(goodLine(r, good)).toBe(alone);
    const empty = lines(r).find(
      (l) => (l as { document: { path: string } }).document.path === rel(join(dir, 'kosong.txt')),
    );
    expect(empty).toMatchObject({ quotes: [], claims: [], entities: [] });
  });

  it('--encoding latin1 and windows-1252 read single-byte files', () => {
    const dir = tempDir('latin');
    writeFileSync(join(dir, 'a.txt'), Buffer.from('"Kami siap," kata Andr\xe9 di caf\xe9.', 'latin1'));
    writeFileSync(
      join(dir, 'b.txt'),
      Buffer.from([
        ...Buffer.from('"Kami siap," kata Retno. '),
        0x93,
        ...Buffer.from('Baik sekali,'),
        0x94,
        ...Buffer.from(' ujarnya.'),
      ]),
    );
    const a = lines(cli([join(dir, 'a.txt'), '--format', 'jsonl', '--encoding', 'latin1']))[0]!;
    expect(a).toMatchObject({ quotes: [{ text: 'Kami siap,', speaker: { name: 'André' } }] });
    const b = lines(cli([join(dir, 'b.txt'), '--format', 'jsonl', '--encoding', 'windows-1252']))[0]!;
    expect(b).toMatchObject({
      quotes: [{ text: 'Kami siap,' }, { text: 'Baik sekali,', speaker: { entity: 'retno-marsudi' } }],
    });
  });

  it('UTF-16 with a BOM, little- and big-endian, reads as the UTF-8 text does', () => {
    const dir = tempDir('utf16');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    writeFileSync(join(dir, 'le.txt'), le);
    writeFileSync(join(dir, 'be.txt'), be);
    writeFileSync(join(dir, 'utf8.txt'), SEED);
    const strip = (r: Run) => lines(r).map(({ document, ...rest }) => rest);
    const [x, y, z] = ['le.txt', 'be.txt', 'utf8.txt'].map((f) => strip(cli([join(dir, f), '--format', 'jsonl'])));
    expect(x).toEqual(z);
    expect(y).toEqual(z);
  });

  it('CRLF and lone CR line ends give the same quotes, claims and speakers as LF', () => {
    const dir = tempDir('crlf');
    writeFileSync(join(dir, 'lf.txt'), SEED);
    writeFileSync(join(dir, 'crlf.txt'), SEED.replace(/\n/g, '\r\n'));
    writeFileSync(join(dir, 'cr.txt'), SEED.replace(/\n/g, '\r'));
    const gist = (f: string) => {
      const r = lines(cli([join(dir, f), '--format', 'jsonl']))[0] as {
        quotes: { text: string; speaker: { name: string } | null }[];
        claims: { text: string; speaker: { name: string } | null }[];
      };
      return [...r.quotes, ...r.claims].map((x) => [x.text, x.speaker?.name]);
    };
    expect(gist('crlf.txt')).toEqual(gist('lf.txt'));
    expect(gist('cr.txt')).toEqual(gist('lf.txt'));
    expect(gist('lf.txt').length).toBeGreaterThan(10);
  });

  it('a 10 MB article is processed whole: every copy of a repeated article gives its quotes', () => {
    // Its memory is measured by npm run bench (long documents), not here.
    const dir = tempDir('big');
    const big = join(dir, 'besar.txt');
    const copies = Math.ceil((10 * 1024 * 1024) / ARTICLE.length);
    writeFileSync(big, `${ARTICLE}\n\n`.repeat(copies));
    writeFileSync(join(dir, 'satu.txt'), ARTICLE);
    const quotes = (file: string) =>
      (lines(cli([join(dir, file), '--format', 'jsonl']))[0]!.quotes as unknown[]).length;
    const one = quotes('satu.txt');
    expect(one).toBeGreaterThan(0);
    expect(quotes('besar.txt')).toBe(copies * one);
  });

  it('a single 1 MB line without punctuation', () => {
    const dir = tempDir('line');
    writeFileSync(
      join(dir, 'baris.txt'),
      Array.from({ length: 200_000 }, (_, i) => (i % 9 ? 'kata' : 'Budi')).join(' '),
    );
    const r = cli([join(dir, 'baris.txt'), '--format', 'jsonl', '--quiet']);
    expect(r.code).toBe(0);
    expect(lines(r)).toHaveLength(1);
  });

  it('thousands of unbalanced and stray quote marks: warnings, no failure', () => {
    const dir = tempDir('marks');
    writeFileSync(
      join(dir, 'tanda.txt'),
      Array.from({ length: 5000 }, (_, i) => (i % 3 ? 'kata "Budi' : '” ujar Ani.')).join(' '),
    );
    const r = cli([join(dir, 'tanda.txt'), '--format', 'jsonl', '--quiet']);
    expect(r.code).toBe(0);
    expect((lines(r)[0] as { warnings: unknown[] }).warnings.length).toBeGreaterThan(0);
  });

  it('deeply nested quote marks', () => {
    const dir = tempDir('nested');
    writeFileSync(join(dir, 'dalam.txt'), `${'“'.repeat(2000)}Kami siap${'”'.repeat(2000)} kata Retno.`);
    const r = cli([join(dir, 'dalam.txt'), '--format', 'jsonl', '--quiet']);
    expect(r.code).toBe(0);
    expect(lines(r)).toHaveLength(1);
  });

  it('file names with spaces and non-ASCII letters, in a folder and given directly', () => {
    const dir = tempDir('names');
    mkdirSync(join(dir, 'berita daerah'));
    writeFileSync(join(dir, 'berita daerah', 'rapat Dépok ✓.txt'), SEED);
    const walked = lines(cli([dir, '--format', 'jsonl', '--quiet']));
    const direct = lines(cli([join(dir, 'berita daerah', 'rapat Dépok ✓.txt'), '--format', 'jsonl', '--quiet']));
    expect((walked[0] as { document: { path: string } }).document.path).toBe(
      rel(join(dir, 'berita daerah', 'rapat Dépok ✓.txt')),
    );
    expect(walked).toEqual(direct);
  });
});

describe('places that cannot be read or written', () => {
  // As root every folder is readable: the run drops to the user nobody for this test.
  const root = process.getuid?.() === 0;
  const asNobody = root && spawnSync('bash', ['-c', 'command -v setpriv']).status === 0;

  it.skipIf(root && !asNobody).each([
    ['a folder walked', (dir: string) => dir],
    ['a glob', (dir: string) => `${dir}/**/*.txt`],
  ])('a folder that cannot be read, under %s: an error naming it, the rest goes on', (_, input) => {
    const dir = tempDir('unread');
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'tertutup'));
    writeFileSync(join(dir, 'tertutup', 'a.txt'), SEED);
    writeFileSync(join(dir, 'good.txt'), SEED);
    chmodSync(join(dir, 'tertutup'), 0o000);
    const args = ['bin/extract', input(dir), '--format', 'jsonl'];
    const r = asNobody
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], {
          env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
        })
      : spawnSync(process.execPath, args, { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    chmodSync(join(dir, 'tertutup'), 0o755);
    expect(r.status).toBe(2);
    expect(r.stderr.toString().split('\n')[0]).toBe(
      `extract: ${rel(join(dir, 'tertutup'))}: cannot read folder: permission denied`,
    );
    expect(r.stdout.toString()).toContain(`"path":${JSON.stringify(rel(join(dir, 'good.txt')))}`);
  });

  it('--out under a file: an error per document, exit 2, no stack trace', () => {
    const { dir, good } = withGood();
    const blocker = join(dir, 'berkas');
    writeFileSync(blocker, 'x');
    const r = cli([good, '--out', join(blocker, 'hasil'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^extract: ${rel(good)}: cannot write `));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
