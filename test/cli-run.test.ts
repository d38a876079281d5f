// Filters, --out, jobs and shards, the schema, streams and exit codes (golden CLI scenarios).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { IN_CLAIM, IN_QUOTE, PEOPLE } from './filter-texts.js';
import { cli, rel, sh, tempDir } from './spawn.js';

const CORPUS = 'fixtures/corpus';
const SEED = 'fixtures/nato-rusia-korut.txt';
const json = (args: string[]) => JSON.parse(cli([...args, '--format', 'json', '-q']).stdout);
const speakers = (doc: {
  quotes: { speaker: { entity: string | null } | null }[];
  claims: { speaker: { entity: string | null } | null }[];
}) => [...doc.quotes, ...doc.claims].map((x) => x.speaker?.entity ?? null);

/** Twelve real articles: enough for the worker pool to be used. */
function smallCorpus(): string {
  const dir = tempDir('jobs');
  const files = readdirSync('../shared/corpus/articles').sort().slice(0, 9);
  for (const f of files) writeFileSync(join(dir, f), readFileSync(join('../shared/corpus/articles', f)));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'seed.txt'), readFileSync(SEED));
  writeFileSync(join(dir, 'sub', 'kosong.txt'), readFileSync('fixtures/corpus/tempo/kosong.txt'));
  writeFileSync(join(dir, 'sub', 'bad.txt'), Buffer.from([0, 1, 2]));
  return dir;
}

describe('filters', () => {
  it('--entity by id keeps that speaker only', () => {
    expect(speakers(json([SEED, '--entity', 'antony-blinken']))).toEqual([
      'antony-blinken',
      'antony-blinken',
      'antony-blinken',
    ]);
  });

  it('--entity by an alias', () => {
    expect(speakers(json([SEED, '--entity', 'Stoltenberg', '--kind', 'quote']))).toEqual(
      Array(4).fill('jens-stoltenberg'),
    );
  });

  it('--about keeps what mentions the entity', () => {
    const doc = json([SEED, '--about', 'Iran']);
    expect(doc.claims.map((c: { text: string }) => c.text)).toEqual([
      'perang Rusia di Ukraina didukung oleh China, Korea Utara, dan Iran, yang semuanya ingin melihat aliansi Barat gagal',
    ]);
    expect(doc.quotes).toEqual([]);
  });

  it('--type keeps speakers of that type', () => {
    expect(speakers(json([SEED, '--type', 'state', '--type', 'organization']))).toEqual(['nato', 'amerika-serikat']);
  });

  it('--kind claim, --min-confidence', () => {
    const doc = json([SEED, '--kind', 'claim', '--min-confidence', '0.9']);
    expect(doc.quotes).toEqual([]);
    expect(doc.claims.every((c: { confidence: number }) => c.confidence >= 0.9)).toBe(true);
    expect(doc.claims).toHaveLength(8);
  });

  it('filters the corpus view too', () => {
    const value = json([CORPUS, '--entity', 'retno-marsudi']);
    expect(value.entities.map((e: { id: string }) => e.id)).toEqual(['retno-marsudi']);
  });

  it('a bad filter value is a usage error', () => {
    expect(cli([SEED, '--type', 'planet'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'extract: --type must be person, state or organization (got "planet")\n',
    });
    expect(cli([SEED, '--min-confidence', '2']).stderr).toBe(
      'extract: --min-confidence must be a number from 0 to 1 (got "2")\n',
    );
  });
});

/** Nine small articles, the filter texts among them: enough for the worker pool to be used. */
function filterCorpus(): string {
  const dir = tempDir('filters');
  writeFileSync(join(dir, 'people.txt'), PEOPLE);
  writeFileSync(join(dir, 'in-quote.txt'), IN_QUOTE);
  writeFileSync(join(dir, 'in-claim.txt'), IN_CLAIM);
  for (let i = 1; i <= 6; i++)
    writeFileSync(join(dir, `rapat-${i}.txt`), `Rapat ke-${i}\n\n"Kami siap membantu," kata Menlu Retno Marsudi.`);
  return dir;
}

describe('filters by name, listed or not', () => {
  const dir = filterCorpus();

  it('--about an unlisted name mentioned inside a quote', () => {
    const r = cli([join(dir, 'in-quote.txt'), '--about', 'Bambang Surya Putra', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const doc = JSON.parse(r.stdout);
    expect(doc.quotes.map((q: { text: string }) => q.text)).toEqual([
      'Saya punya teman bernama Bambang Surya Putra yang selalu membantu warga,',
    ]);
    expect(doc.claims).toEqual([]);
  });

  it('--entity Agus after "Ketua KPK Agus Rahardjo …": both people named Agus', () => {
    const r = cli([join(dir, 'people.txt'), '--entity', 'Agus', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(speakers(JSON.parse(r.stdout))).toEqual(['agus-rahardjo', 'agus-martowardojo']);
  });
});

describe('a filter value that matches nothing: one line on stderr, exit 0', () => {
  const dir = filterCorpus();
  const people = join(dir, 'people.txt');

  it.each([
    {
      name: 'one document: --entity',
      args: [people, '--entity', 'Habibie'],
      code: 0,
      stderr: 'extract: --entity "Habibie" matched no speaker in 1 document\n',
    },
    {
      name: 'a folder: --about, then the summary',
      args: [dir, '--about', 'Habibie', '--jobs', '1'],
      code: 0,
      stderr: 'extract: --about "Habibie" matched no entity in 9 documents\nextract: 9 documents, 0 quotes, 0 claims\n',
    },
    {
      name: '--jobs 2: the workers say which values matched',
      args: [dir, '--entity', 'Agus', '--entity', 'Habibie', '--about', 'Bambang', '--about', 'Habibie', '--jobs', '2'],
      code: 0,
      stderr:
        'extract: --entity "Habibie" matched no speaker in 9 documents\nextract: --about "Habibie" matched no entity in 9 documents\nextract: 9 documents, 1 quote, 1 claim\n',
    },
    {
      name: "an error first, then the value, then the summary; the exit code is the error's",
      args: [dir, 'nope.txt', '--about', 'Habibie', '--jobs', '2'],
      code: 2,
      stderr:
        'extract: nope.txt: no such file or folder\nextract: --about "Habibie" matched no entity in 9 documents\nextract: 9 documents, 0 quotes, 0 claims, 1 error\n',
    },
    {
      name: '--quiet keeps the line, without the summary',
      args: [dir, '--entity', 'Habibie', '-q'],
      code: 0,
      stderr: 'extract: --entity "Habibie" matched no speaker in 9 documents\n',
    },
    {
      name: '--shard counts the documents of its shard',
      args: [dir, '--entity', 'Habibie', '--shard', '2/3', '--format', 'csv', '-q'],
      code: 0,
      stderr: 'extract: --entity "Habibie" matched no speaker in 3 documents\n',
    },
    {
      name: '--out DIR',
      args: [dir, '--entity', 'Habibie', '--out', tempDir('filters-out'), '--jobs', '2', '-q'],
      code: 0,
      stderr: 'extract: --entity "Habibie" matched no speaker in 9 documents\n',
    },
  ])('$name', ({ args, code, stderr }) => {
    const r = cli(args);
    expect([r.code, r.stderr]).toEqual([code, stderr]);
  });

  it('--jobs 1 and --jobs 2 give the same bytes on stdout and stderr, in every format', () => {
    for (const format of ['text', 'json', 'jsonl', 'yaml', 'csv', 'md']) {
      const args = [dir, '--format', format, '--entity', 'Agus', '--entity', 'Habibie', '--about', 'Tjahaja Purnama'];
      const one = cli([...args, '--jobs', '1']);
      expect(one.stderr).toContain('extract: --entity "Habibie" matched no speaker in 9 documents\n');
      expect(cli([...args, '--jobs', '2'])).toEqual(one);
    }
  });
});

describe('--out DIR', () => {
  it('writes one result per input, mirroring paths relative to the folder, and nothing on stdout', () => {
    const out = tempDir('out');
    const r = cli([CORPUS, '--format', 'json', '--out', out]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', 'extract: 3 documents, 3 quotes, 3 claims\n']);
    const files = ['antara/blinken-jakarta.json', 'kompas/retno-jenewa.json', 'tempo/kosong.json'];
    for (const f of files) expect(existsSync(join(out, f))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, files[1]!), 'utf8')).document.path).toBe(
      'fixtures/corpus/kompas/retno-jenewa.txt',
    );
    expect(readdirSync(join(out, 'kompas'))).toEqual(['retno-jenewa.json']); // no temporary file left behind
  });

  it('a csv result file has its header', () => {
    const out = tempDir('out-csv');
    cli([SEED, '--format', 'csv', '--out', out]);
    expect(readFileSync(join(out, 'fixtures/nato-rusia-korut.csv'), 'utf8').startsWith('path,entity_id,')).toBe(true);
  });

  it('an output folder that cannot be written: an error per file, exit 2', () => {
    const dir = tempDir('out-file');
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const r = cli([SEED, '--out', join(file, 'results')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `extract: ${SEED}: cannot write ${join(file, 'results', 'fixtures/nato-rusia-korut.txt')}: ENOTDIR\nextract: 0 documents, 0 quotes, 0 claims, 1 error\n`,
    );
  });
});

describe('parallel and deterministic', () => {
  const dir = smallCorpus();

  it('--jobs 1 and --jobs 2 give byte-identical output', () => {
    for (const format of ['jsonl', 'json', 'csv', 'text']) {
      const one = cli([dir, '--format', format, '--jobs', '1']);
      const two = cli([dir, '--format', format, '--jobs', '2']);
      expect(one.code).toBe(2); // the binary file
      expect(two).toEqual(one);
    }
  });

  it('shards concatenated equal the whole (jsonl and csv)', () => {
    for (const format of ['jsonl', 'csv']) {
      const whole = cli([dir, '--format', format, '-q']).stdout;
      const parts = [1, 2, 3].map((i) => cli([dir, '--format', format, '--shard', `${i}/3`, '-q']).stdout);
      expect(parts.join('')).toBe(whole);
      expect(parts.every((p) => p.length > 0)).toBe(true);
    }
  });

  it('no absolute paths, durations or dates of the run in the output', () => {
    const out = cli([dir, '--format', 'jsonl', '-q']).stdout; // an absolute path
    expect(out).not.toContain(process.cwd());
    expect(out.split('\n')[0]).toContain(`"path":"${rel(dir)}/`);
  });

  it('a bad --shard is a usage error', () => {
    expect(cli([dir, '--shard', '4/3']).stderr).toBe('extract: --shard must be i/n with 1 ≤ i ≤ n (got "4/3")\n');
  });
});

describe('extract schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const schema = (which: string) => ajv.compile(JSON.parse(cli(['schema', which]).stdout));

  it('prints a JSON Schema', () => {
    const r = cli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'extract/1 document result',
    });
  });

  it("every fixture's result validates against it", () => {
    const validate = schema('document');
    const lines = cli(['fixtures', '--format', 'jsonl', '-q']).stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) {
      const ok = validate(JSON.parse(line));
      expect(ok, JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('the corpus object and error records validate against theirs', () => {
    const corpus = schema('corpus');
    const value = json([CORPUS, 'nope.txt']);
    expect(corpus(value), JSON.stringify(corpus.errors)).toBe(true);
    const record = schema('record');
    expect(record(value.errors[0])).toBe(true);
  });
});

describe('streams and exit codes', () => {
  it('data on stdout, the one-line summary on stderr; --quiet silences it', () => {
    const r = cli([CORPUS, '--format', 'jsonl']);
    expect(r.stderr).toBe('extract: 3 documents, 3 quotes, 3 claims\n');
    expect(cli([CORPUS, '--format', 'jsonl', '--quiet']).stderr).toBe('');
  });

  it('--fail-on-empty: exit 1 when a document has no quote and no claim', () => {
    const r = cli([CORPUS, '--format', 'jsonl', '--fail-on-empty']);
    expect([r.code, r.stderr]).toEqual([1, 'extract: 3 documents, 3 quotes, 3 claims, 1 without quotes or claims\n']);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(cli([SEED, '--fail-on-empty']).code).toBe(0);
  });

  it('errors win over the gate: exit 2', () => {
    expect(cli([CORPUS, 'nope.txt', '--fail-on-empty', '-q']).code).toBe(2);
  });

  it('| head -1 ends quietly', () => {
    const r = sh(
      `node bin/extract ${smallCorpus()} --format jsonl --jobs 2 2>/tmp/extract-head-err | head -1 | wc -l; echo "status \${PIPESTATUS[0]}"; cat /tmp/extract-head-err`,
    );
    // Whether the run finishes before head closes the pipe is a race: the summary may or may
    // not be printed, but every line on stderr is one of ours, never a stack trace.
    expect(r.stdout).toMatch(/^1\nstatus (0|2)\n(extract: [^\n]*\n)*$/);
  });

  it('a stdout that cannot be written (a full disk) is a write failure: one line, exit 2', () => {
    const r = sh(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash's PIPESTATUS, not a template
      'node bin/extract fixtures/nato-rusia-korut.txt --format json 2>&1 >/dev/full | cat; echo "status ${PIPESTATUS[0]}"',
    );
    expect(r.stdout).toBe('extract: cannot write the output: ENOSPC\nstatus 2\n');
  });

  it('no progress when stderr is not a terminal', () => {
    expect(cli([smallCorpus(), '--format', 'jsonl']).stderr).not.toContain('\r');
  });
});
