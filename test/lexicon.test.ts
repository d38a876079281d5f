// Loading lexicons: validation with file:line:col, merging, all or nothing (DESIGN.md §5).
import { isAscii } from 'node:buffer';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, loadLexicon, LexiconError } from '../src/index.js';
import { readBuiltinYaml } from '../src/lexicon/load.js';
import type { LexiconData } from '../src/lexicon/types.js';
import { givenNames } from '../src/lexicon/vocabulary-given.js';
import { CLAIM_KINDS } from '../src/report/types.js';
import { lexicon } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'extract-lexicon-'));
function file(name: string, body: string): string {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
}

const bad: { name: string; body: string; where: string; says: RegExp }[] = [
  {
    name: 'syntax error',
    body: '- id: x\n  type: [person\n',
    where: '3:1',
    says: /flow sequence|Flow sequence|missing|expected/i,
  },
  {
    name: 'duplicate key',
    body: '- id: x\n  type: person\n  type: state\n  name: X\n',
    where: '3:3',
    says: /unique|duplicate/i,
  },
  {
    name: 'unknown field',
    body: '- id: x\n  type: person\n  name: Xavier\n  nickname: Xa\n',
    where: '4:3',
    says: /unknown field "nickname"/,
  },
  {
    name: 'wrong type',
    body: '- id: x\n  type: planet\n  name: Xavier\n',
    where: '2:9',
    says: /type must be one of person, state, organization/,
  },
  { name: 'missing name', body: '- id: x\n  type: person\n', where: '1:3', says: /missing field "name"/ },
  {
    name: 'aliases not a list',
    body: '- id: x\n  type: person\n  name: Xavier\n  aliases: Xa\n',
    where: '4:12',
    says: /aliases must be a list/,
  },
  {
    name: 'empty alias',
    body: '- id: x\n  type: person\n  name: Xavier\n  aliases: [""]\n',
    where: '4:13',
    says: /must not be empty/,
  },
  {
    name: 'single-letter alias',
    body: '- id: x\n  type: person\n  name: Xavier\n  aliases: [X]\n',
    where: '1:3',
    says: /too short/,
  },
  {
    name: 'regex-looking alias',
    body: '- id: x\n  type: person\n  name: Xavier\n  aliases: ["Xa.*"]\n',
    where: '4:13',
    says: /must be a name of letters/,
  },
  { name: 'bad id', body: '- id: Xavier Z\n  type: person\n  name: Xavier\n', where: '1:7', says: /kebab-case/ },
  {
    name: 'bad date',
    body: '- id: x\n  type: person\n  name: Xavier\n  roles: [{ title: Ketua, from: 2024 }]\n',
    where: '4:33',
    says: /YYYY-MM-DD/,
  },
  {
    name: 'alias bomb refused, never expanded',
    body: 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n',
    where: '1:1',
    says: /must be a list of entries/,
  },
  {
    name: 'an alias node',
    body: '- &p\n  id: x\n  type: person\n  name: Xavier\n- *p\n',
    where: '5:3',
    says: /aliases \(\*name\) are not allowed/,
  },
  { name: 'not a list', body: 'id: x\n', where: '1:1', says: /must be a list of entries/ },
  {
    name: 'deep nesting in brackets',
    body: `- id: x\n  type: person\n  name: X\n  tags: ${'['.repeat(20000)}${']'.repeat(20000)}\n`,
    where: '4:41',
    says: /nesting deeper than 32 levels/,
  },
  {
    name: 'deep nesting in blocks',
    body:
      '- id: x\n  type: person\n  name: X\n  tags:\n' +
      Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i + 2)}- `).join('\n') +
      '\n',
    where: '34:64',
    says: /nesting deeper than 32 levels/,
  },
  {
    name: 'a huge file, refused before parsing',
    body: `- id: x\n  type: person\n  name: Xavier\n${'#'.repeat(21 * 1024 * 1024)}`,
    where: '1:1',
    says: /file is larger than 20 MB/,
  },
];

describe('lexicon errors name the file, line and column', () => {
  it.each(bad)('$name', ({ name, body, where, says }) => {
    const path = file(`${name.replace(/\W+/g, '-')}.yaml`, body);
    let error: unknown;
    try {
      loadLexicon({ paths: [path] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LexiconError);
    const e = error as LexiconError;
    expect(`${e.line}:${e.col}`).toBe(where);
    expect(e.message).toMatch(says);
    expect(e.message.startsWith(`${path}:${where}: `)).toBe(true);
  });

  it('an id defined twice names both places', () => {
    const a = file('a.yaml', '- id: xavier\n  type: person\n  name: Xavier\n');
    const b = file('b.yaml', '# second\n- id: xavier\n  type: person\n  name: Xavier Z\n');
    expect(() => loadLexicon({ paths: [a, b] })).toThrow(`${b}:2:3: id "xavier" is already defined at ${a}:1:3`);
  });

  it('one name for two entities names both places', () => {
    const a = file('c1.yaml', '- id: budi-santoso\n  type: person\n  name: Budi Santoso\n  aliases: [Pak Budi]\n');
    const b = file('c2.yaml', '- id: budi-hartono\n  type: person\n  name: Budi Hartono\n  aliases: [Pak Budi]\n');
    expect(() => loadLexicon({ paths: [a, b] })).toThrow(
      `${b}:1:3: entry "budi-hartono": "Pak Budi" is also a name of "budi-santoso" (${a}:1:3)`,
    );
  });

  it('a role naming an unknown organization', () => {
    const p = file(
      'role.yaml',
      '- id: xavier\n  type: person\n  name: Xavier\n  roles: [{ title: Ketua, org: nowhere }]\n',
    );
    expect(() => loadLexicon({ paths: [p] })).toThrow(/role "Ketua" names an unknown org "nowhere"/);
  });

  it('a missing path', () => {
    expect(() => loadLexicon({ paths: [join(dir, 'nope.yaml')] })).toThrow(/nope.yaml:1:1: no such file or folder/);
  });
});

describe('lexicon merging', () => {
  it('a user entity is found alongside the built-in ones', () => {
    const lexicon = loadLexicon({
      paths: [file('user.yaml', '- id: wahyu-wibowo\n  type: person\n  name: Wahyu Wibowo\n  aliases: [Wahyu]\n')],
    });
    const r = extract('"Belum tahu," kata Wahyu kepada Stoltenberg.', { lexicon });
    // The speaker goes by the name the article writes; the entity is the user's.
    expect(r.quotes[0]!.speaker).toMatchObject({ entity: 'wahyu-wibowo', name: 'Wahyu' });
    expect(r.entities.map((e) => [e.id, e.listed])).toEqual([
      ['wahyu-wibowo', true],
      ['jens-stoltenberg', true],
    ]);
  });

  it('a user entry with a built-in id replaces it', () => {
    const lexicon = loadLexicon({
      paths: [file('over.yaml', '- id: nato\n  type: organization\n  name: Pakta Atlantik\n  aliases: [NATO]\n')],
    });
    expect(extract('NATO bersiap.', { lexicon }).entities[0]).toMatchObject({ id: 'nato', name: 'Pakta Atlantik' });
  });

  it('--no-default-lexicon: only the given entities are listed; NATO is a name the text gives', () => {
    const lexicon = loadLexicon({
      defaults: false,
      paths: [file('only.yaml', '- id: xavier\n  type: person\n  name: Xavier\n')],
    });
    const entities = extract('Xavier dan NATO bertemu.', { lexicon }).entities;
    expect(entities.map((e) => [e.id, e.listed])).toEqual([
      ['xavier', true],
      ['nato', false],
    ]);
  });

  it('a folder: every .yaml file in it, in order', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'b.yaml'), '- id: budi\n  type: person\n  name: Budi Santoso\n');
    writeFileSync(join(folder, 'a.yml'), '- id: ani\n  type: person\n  name: Ani Lestari\n');
    writeFileSync(join(folder, 'notes.txt'), 'not a lexicon');
    const lexicon = loadLexicon({ paths: [folder], defaults: false });
    expect(lexicon.entities.map((e) => e.id)).toEqual(['ani', 'budi']);
  });
});

describe('given names: the vocabulary counts the names that open many people’s names', () => {
  const words = {
    names: new Set(['dedi', 'luhut', 'retno']),
    other: new Set(['kepala', 'desa', 'bank']),
    lowercase: (w: string) => w === 'baru',
  };
  const runs = (...xs: string[]) => new Map(xs.map((x) => [x, 1]));
  // capitalized runs of running text → the given names
  it.each([
    {
      name: 'five surnames',
      runs: runs('dedi prasetyo', 'dedi mulyadi', 'dedi kusnandar', 'dedi hartono', 'dedi taufik'),
      given: ['dedi'],
    },
    {
      name: 'four, and a spelling of one of them',
      runs: runs('dedi prasetyo', 'dedi mulyadi', 'dedi kusnandar', 'dedi hartono', 'dedi hartanto'),
      given: [],
    },
    {
      name: 'titles before the name are no part of it',
      runs: runs('kepala desa dedi supriadi', 'dedi mulyadi', 'dedi kusnandar', 'dedi hartono', 'dedi taufik'),
      given: ['dedi'],
    },
    {
      name: 'a middle name is no surname',
      runs: runs('luhut binsar pandjaitan', 'luhut binsar', 'luhut pangaribuan', 'luhut sitompul', 'luhut simanjuntak'),
      given: [],
    },
    {
      name: 'a word also written in lowercase is no surname',
      runs: runs('retno marsudi', 'retno listyarti', 'retno utami', 'retno wiratmi', 'retno baru'),
      given: [],
    },
    {
      name: 'a name that is not a person’s word',
      runs: runs('bank mandiri', 'bank jatim', 'bank permata', 'bank danamon', 'bank mega'),
      given: [],
    },
  ])('$name', ({ runs, given }) => {
    expect(givenNames(runs, words)).toEqual(given);
  });
});

describe('the claim kinds have one source', () => {
  it('the kinds of cues.yaml are the contract’s kinds, no more and no fewer', () => {
    const cues = lexicon.data.language.cues;
    const kinds = new Set<string>();
    for (const table of [cues.after, cues.speech, cues.stance, cues.passive, cues.nominal, cues.clause, cues.phrases])
      for (const kind of Object.keys(table)) kinds.add(kind);
    // menurut X, Baginya: statements, the kind the code gives them.
    kinds.add('statement');
    expect([...kinds].sort()).toEqual([...CLAIM_KINDS].sort());
  });
});

describe('page layouts (lexicons/page/layouts.yaml)', () => {
  const layouts = lexicon.data.language.layouts;
  const outlets = new Set(lexicon.data.entities.filter((e) => e.tags.includes('outlet')).map((e) => e.name));
  it('every outlet with a layout, and every page form, is an outlet of the lexicon by its name', () => {
    const named = [...Object.keys(layouts.outlets), ...Object.keys(layouts['outlet-forms'])];
    expect(named.filter((n) => !outlets.has(n))).toEqual([]);
  });
  it('at least 20 outlets have their page layout described', () => {
    expect(Object.keys(layouts.outlets).length).toBeGreaterThanOrEqual(20);
  });
  it('templates use only the four slots', () => {
    const templates = [...Object.values(layouts.outlets).flatMap((o) => o.header), ...layouts.common];
    const slots = new Set(templates.flatMap((t) => t.match(/\{[^}]*\}/g) ?? []));
    expect([...slots].sort()).toEqual(['{author}', '{date}', '{name}', '{outlet}']);
  });
});

describe('the built-in lexicon as the build writes it (dist/lexicon/builtin.json)', () => {
  const bytes = readFileSync('dist/lexicon/builtin.json');

  it('is ASCII, so that a run reads it with nothing to decode', () => {
    expect(isAscii(bytes)).toBe(true);
  });

  it('holds the YAML’s entries, the names written past ASCII included', () => {
    const built = JSON.parse(bytes.toString('latin1')) as { data: LexiconData };
    const yaml = readBuiltinYaml();
    const beyondAscii = yaml.entities.filter((e) => !isAscii(Buffer.from(JSON.stringify(e))));
    expect(beyondAscii.length).toBeGreaterThan(0);
    expect(built.data).toEqual(yaml);
  });
});
