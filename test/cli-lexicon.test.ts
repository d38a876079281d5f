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

  it('check: the built-in lexicon has no errors; its warnings are the collisions it keeps on purpose', () => {
    const r = cli(['lexicon', 'check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\d+ entities checked, \d+ in the lexicon, 6 warnings\n$/);
    const given = (id: string, text: string, other: string) =>
      `lexicons/entities/people-indonesia.yaml:L:C: entry "${id}": "${text}" is a given name, also of "${other}" (lexicons/entities/people-indonesia.yaml:L:C); it would take every ${text}'s quotes — write the full name, or the surname if it is rare`;
    const last = (file: string, id: string, text: string, name: string, other: string, otherFile: string) =>
      `lexicons/entities/${file}.yaml:L:C: entry "${id}": "${text}" is also the last word of "${name}", a name of "${other}" (lexicons/entities/${otherFile}.yaml:L:C); it would take that person's quotes where the news writes "${text}" alone`;
    expect(warnings(r.stderr)).toEqual([
      given('megawati-soekarnoputri', 'Megawati', 'megawati-hangestri-pertiwi'),
      given('gibran-rakabuming-raka', 'Gibran', 'gibran-huzaifah'),
      given('mahfud-md', 'Mahfud', 'mahfudz-siddiq'),
      last('people-world', 'antonio-guterres', 'Guterres', 'Francisco Guterres', 'francisco-guterres', 'people-world'),
      last('people', 'prabowo-subianto', 'Prabowo', 'Edhy Prabowo', 'edhy-prabowo', 'people-indonesia'),
      last('people', 'prabowo-subianto', 'Prabowo', 'Listyo Sigit Prabowo', 'listyo-sigit-prabowo', 'people-indonesia'),
    ]);
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
      `extract lexicon: warning: ${risky}:4:13: entry "harapan-baru": "Harapan" is an ordinary word; it would match plain text\n`,
    );
    expect(r.stdout).toMatch(/^1 entities checked, \d+ in the lexicon, 1 warnings\n$/);
  });

  // fixture → the warnings (F: the fixture's path; L:C: a place in the built-in lexicon), checked entries
  const risks: { name: string; yaml: string; says: string[]; entries: number }[] = [
    {
      name: 'a one-word alias that is a given name',
      yaml: '- id: dedi-mulyadi\n  type: person\n  name: Dedi Mulyadi\n  aliases: [KDM, Dedi]\n',
      says: [
        `F:4:18: entry "dedi-mulyadi": "Dedi" is a given name; it would take every Dedi's quotes — write the full name, or the surname if it is rare`,
      ],
      entries: 1,
    },
    {
      name: 'a one-word alias that is the given name of another listed person',
      yaml: '- id: xaverius-lumbantobing\n  type: person\n  name: Xaverius Lumbantobing\n  aliases: [Xaverius]\n- id: xaverius-sinaga\n  type: person\n  name: Xaverius Sinaga\n',
      says: [
        `F:4:13: entry "xaverius-lumbantobing": "Xaverius" is a given name, also of "xaverius-sinaga" (F:7:9); it would take every Xaverius's quotes — write the full name, or the surname if it is rare`,
      ],
      entries: 2,
    },
    {
      name: 'two entries: an alias that is the last word of another person',
      yaml: '- id: tigor-sinaga\n  type: person\n  name: Tigor Sinaga\n  aliases: [Sinaga]\n- id: rudolf-sinaga\n  type: person\n  name: Rudolf Sinaga\n',
      says: [
        `F:4:13: entry "tigor-sinaga": "Sinaga" is also the last word of "Rudolf Sinaga", a name of "rudolf-sinaga" (F:7:9); it would take that person's quotes where the news writes "Sinaga" alone`,
      ],
      entries: 2,
    },
    {
      name: 'a new person whose surname is a built-in alias',
      yaml: '- id: andi-prabowo\n  type: person\n  name: Andi Prabowo\n',
      says: [
        `lexicons/entities/people.yaml:L:C: entry "prabowo-subianto": "Prabowo" is also the last word of "Andi Prabowo", a name of "andi-prabowo" (F:3:9); it would take that person's quotes where the news writes "Prabowo" alone`,
      ],
      entries: 1,
    },
    {
      name: 'no warning: the full name, a longer form, an acronym',
      yaml: '- id: dedi-mulyadi\n  type: person\n  name: Dedi Mulyadi\n  aliases: [KDM, Kang Dedi Mulyadi]\n',
      says: [],
      entries: 1,
    },
    {
      // Sitompul is a word of people's names in the news, but the surname of few.
      name: 'no warning: a rare surname',
      yaml: '- id: xaverius-sitompul\n  type: person\n  name: Xaverius Sitompul\n  aliases: [Sitompul]\n',
      says: [],
      entries: 1,
    },
  ];

  it.each(risks)('check FILE warns: $name', ({ name, yaml, says, entries }) => {
    const f = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(f, yaml);
    const r = cli(['lexicon', 'check', f]);
    expect(r.code).toBe(says.length ? 1 : 0);
    expect(warnings(r.stderr.replaceAll(f, 'F'))).toEqual(says);
    expect(r.stdout).toMatch(
      new RegExp(`^${entries} entities checked, \\d+ in the lexicon, ${says.length} warnings\\n$`),
    );
  });
});

/** The warning lines of `lexicon check`, places in the built-in lexicon as L:C. */
function warnings(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter(Boolean)
    .map((l) =>
      l.replace(/^extract lexicon: warning: /, '').replace(/(lexicons\/entities\/[\w-]+\.yaml):\d+:\d+/g, '$1:L:C'),
    );
}

describe('extract trace', () => {
  const dedi = join(dir, 'dedi.yaml');
  writeFileSync(dedi, '- id: dedi-mulyadi\n  type: person\n  name: Dedi Mulyadi\n  aliases: [Dedi, KDM]\n');
  const caps = 'case caps: as written or in capitals';
  // text (and a user lexicon) → the lines (D: the user lexicon; L:C: a place in the built-in lexicon)
  it.each([
    {
      name: 'a plain match: entry, form, case rule, where it is written',
      text: 'Negeri Paman Sam',
      lines: [
        '"Negeri Paman Sam" → amerika-serikat: Amerika Serikat (state), the epithet "Negeri Paman Sam" (case any: in any case), lexicons/entities/states.yaml:L:C',
      ],
    },
    {
      name: 'a one-word alias that is a given name',
      text: '"Kami menolak," kata Dedi.',
      user: true,
      lines: [
        `"Dedi" → dedi-mulyadi: Dedi Mulyadi (person), the alias "Dedi" (${caps}), D:4:13; a given name alone: every Dedi in a text is taken for dedi-mulyadi`,
      ],
    },
    {
      name: 'an alias dropped inside a longer name',
      text: 'Kepala Desa Dedi Supriadi mengatakan',
      user: true,
      lines: [
        '"Kepala Desa": the title Kepala Desa',
        `"Dedi": no mention: dedi-mulyadi has the alias "Dedi" (${caps}), D:4:13, which matched, but it is part of the longer name "Dedi Supriadi"`,
      ],
    },
    {
      name: 'a name dropped after a word that makes a longer name',
      text: 'Universitas Indonesia',
      lines: [
        `"Indonesia": no mention: indonesia has the name "Indonesia" (${caps}), lexicons/entities/states.yaml:L:C, which matched, but it is part of the longer name "Universitas Indonesia"`,
      ],
    },
    {
      name: 'a metonym used as a place',
      text: 'di Washington',
      lines: [
        `"Washington": no mention: amerika-serikat has the metonym "Washington" (${caps}), lexicons/entities/states.yaml:L:C, which matched, but after "di" it is a place, not amerika-serikat`,
      ],
    },
    {
      name: 'merged with the long form before the parenthesis',
      text: 'Amerika Serikat (AS)',
      lines: [
        '"Amerika Serikat (AS)" → amerika-serikat: Amerika Serikat (state), the alias "AS" (case exact: only as written), lexicons/entities/states.yaml:L:C; merged with the long form "Amerika Serikat" before the parenthesis',
      ],
    },
    {
      name: 'a miss by the case rule',
      text: 'as',
      lines: [
        '"as": no match: amerika-serikat has the alias "AS" (case exact: only as written), lexicons/entities/states.yaml:L:C',
      ],
    },
    {
      name: 'a miss: only longer names',
      text: 'Korea',
      lines: [
        '"Korea": no match: only longer names start with "Korea" (korea-herald, korea-times, korea-selatan, korea-utara)',
      ],
    },
    {
      name: 'a title and a name',
      text: 'Sekjen NATO',
      lines: [
        '"Sekjen": the title Sekretaris Jenderal',
        '"NATO" → nato: NATO (organization), the name "NATO" (case exact: only as written), lexicons/entities/organizations.yaml:L:C',
      ],
    },
    { name: 'a miss: no such name', text: 'Gunung Salak', lines: ['"Gunung Salak": no match: no entry has this name'] },
  ])('$name', ({ text, user, lines }) => {
    const r = cli(['trace', text, ...(user ? ['--lexicon', dedi] : [])]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(warnings(r.stdout.replaceAll(dedi, 'D'))).toEqual(lines);
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
