// extract lexicon list/show/check, trace and suggest (golden CLI scenarios).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './spawn.js';

const dir = tempDir('lexicon-cli');

describe('extract lexicon', () => {
  it('list: one entity a line, id, type, name and aliases; --type filters', () => {
    const r = cli(['lexicon', 'list', '--type', 'person']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toContain('jens-stoltenberg\tperson\tJens Stoltenberg\tStoltenberg');
    expect(r.stdout).not.toMatch(/\tstate\t/);
    const json = JSON.parse(cli(['lexicon', 'list', '--format', 'json']).stdout);
    expect(json.find((e: { id: string }) => e.id === 'nato')).toMatchObject({ type: 'organization', name: 'NATO' });
  });

  it('show: the entry as YAML, with where it is defined', () => {
    const r = cli(['lexicon', 'show', 'jens-stoltenberg']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^# lexicons\/entities\/[\w-]+\.yaml:\d+\n- id: jens-stoltenberg\n {2}type: person\n {2}name: Jens Stoltenberg\n {2}aliases:\n {4}- Stoltenberg\n {2}roles:\n {4}- title: Sekretaris Jenderal\n {6}org: nato\n {6}from: 2014-10-01\n {6}to: 2024-10-01\n/,
    );
    expect(cli(['lexicon', 'show', 'nobody'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'extract: no entity with the id "nobody" (extract lexicon list shows them)\n',
    });
  });

  it('check: the built-in lexicon passes', () => {
    const r = cli(['lexicon', 'check']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^\d+ entities checked, \d+ in the lexicon, 0 warnings\n$/);
  });

  it('check FILE: an error names file:line:col and exits 2; an ordinary-word alias is a warning, exit 1', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, '- id: x\n  type: person\n  name: Xavier\n  nick: X\n');
    expect(cli(['lexicon', 'check', bad])).toEqual({
      code: 2,
      stdout: '',
      stderr: `extract: lexicon: ${bad}:4:3: entry 1: unknown field "nick" (expected id, type, name, aliases, metonyms, epithets, roles, tags)\n`,
    });
    const risky = join(dir, 'risky.yaml');
    writeFileSync(
      risky,
      '- id: harapan-baru\n  type: organization\n  name: Yayasan Harapan Baru\n  aliases: [Harapan]\n',
    );
    const r = cli(['lexicon', 'check', risky]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `extract lexicon: warning: ${risky}:1:3: entry "harapan-baru": "Harapan" is an ordinary word; it would match plain text\n`,
    );
    expect(r.stdout).toMatch(/^1 entities checked, \d+ in the lexicon, 1 warnings\n$/);
  });
});

describe('extract trace', () => {
  it.each([
    [
      'Negeri Paman Sam',
      /^"Negeri Paman Sam" → amerika-serikat \(epithet\): Amerika Serikat \(state\), from lexicons\/entities\/states\.yaml:\d+\n$/,
    ],
    [
      'di Washington',
      /^"Washington": no match: a metonym of amerika-serikat after "di" is a place, not its government\n$/,
    ],
    ['as', /^"as": no match: amerika-serikat has the alias "AS", which matches only as written\n$/],
    ['Korea', /^"Korea": no match: only longer names start with "Korea" \(.*korea-utara.*\)\n$/],
    ['Sekjen NATO', /^"Sekjen": the title Sekretaris Jenderal\n"NATO" → nato \(name\)/],
    ['Gunung Salak', /^"Gunung Salak": no match: no entry has this name\n$/],
  ])('%s', (text, expected) => {
    const r = cli(['trace', text]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(expected);
  });
});

describe('extract suggest', () => {
  it('prints the unlisted speakers, most quoted first, as lexicon YAML with role and affiliation', () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(
      a,
      '"Data belum lengkap," kata Kepala Pusdalops BNPB Bambang Surya Putra.\n\n"Kami menunggu," ujar Wahyu Wibowo.',
    );
    writeFileSync(b, 'Bambang Surya Putra mengatakan bahwa rekap berjalan.');
    const r = cli(['suggest', a, b]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      [
        '# Speakers not in the lexicon, most quoted first (2 speakers).',
        '# Check each before adding it: a name can stand for several people.',
        '',
        '# 2 quotes and claims in 2 documents; role: Kepala; affiliation: Pusdalops BNPB',
        '- id: bambang-surya-putra',
        '  type: person',
        '  name: Bambang Surya Putra',
        '',
        '# 1 quote or claim in 1 document',
        '- id: wahyu-wibowo',
        '  type: person',
        '  name: Wahyu Wibowo',
        '',
      ].join('\n'),
    );
    const pasted = join(dir, 'pasted.yaml');
    writeFileSync(pasted, r.stdout);
    expect(cli(['lexicon', 'check', pasted]).code).toBe(0);
  });
});
