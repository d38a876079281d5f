import { readDocument } from '../input/read.js';
import { expandInputs } from '../input/sources.js';
import { extract } from '../pipeline.js';
import { toYaml } from '../report/yaml.js';
import { count } from '../report/plural.js';
import { EXIT, type IO } from './io.js';
import { lexiconFor, UsageError } from './options.js';

export interface SuggestFlags {
  lexicon: string[];
  defaultLexicon: boolean;
  ext: string;
  min: string;
}

interface Seen {
  name: string;
  said: number;
  documents: Set<string>;
  roles: Map<string, number>;
  affiliations: Map<string, number>;
}

/**
 * extract suggest FILES…: the speakers the lexicon does not know, most quoted first, as
 * lexicon YAML ready to paste (the role and affiliation seen in the text as comments).
 */
export async function runSuggest(inputs: string[], flags: SuggestFlags, io: IO, cwd: string): Promise<number> {
  const min = Number(flags.min);
  if (!(min >= 1)) throw new UsageError(`--min must be a whole number of at least 1 (got "${flags.min}")`);
  const lexicon = lexiconFor({ paths: flags.lexicon, defaults: flags.defaultLexicon });
  const exts = flags.ext
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => (x.startsWith('.') ? x : `.${x}`));
  const { sources } = expandInputs(inputs, { exts, cwd, stdinLabel: '-' });
  const seen = new Map<string, Seen>();
  let errors = 0;
  for (const s of sources) {
    const loaded =
      s.kind === 'file' ? readDocument(s.path) : s.kind === 'error' ? { path: s.display, error: s.error } : null;
    if (!loaded) continue;
    if ('error' in loaded) {
      errors++;
      io.stderr.write(`extract: ${s.display}: ${loaded.error.message}\n`);
      continue;
    }
    const r = extract(loaded.text, { path: s.display, lexicon });
    for (const e of r.entities) {
      if (e.listed || e.type !== 'person') continue;
      const x = seen.get(e.id) ?? {
        name: e.name,
        said: 0,
        documents: new Set(),
        roles: new Map(),
        affiliations: new Map(),
      };
      x.said += e.quotes.length + e.claims.length;
      x.documents.add(s.display);
      if (e.role) x.roles.set(e.role, (x.roles.get(e.role) ?? 0) + 1);
      if (e.affiliation) x.affiliations.set(e.affiliation, (x.affiliations.get(e.affiliation) ?? 0) + 1);
      seen.set(e.id, x);
    }
  }
  const ranked = [...seen.entries()]
    .filter(([, x]) => x.said >= min)
    .sort(([a, x], [b, y]) => y.said - x.said || y.documents.size - x.documents.size || (a < b ? -1 : a > b ? 1 : 0));
  io.stdout.write(
    `# Speakers not in the lexicon, most quoted first (${count(ranked.length, 'speaker')}).\n# Check each before adding it: a name can stand for several people.\n`,
  );
  for (const [id, x] of ranked) {
    const top = (m: Map<string, number>) =>
      [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const notes = [`${count(x.said, 'quote or claim', 'quotes and claims')} in ${count(x.documents.size, 'document')}`];
    const role = top(x.roles);
    const affiliation = top(x.affiliations);
    if (role || affiliation)
      notes.push([role && `role: ${role}`, affiliation && `affiliation: ${affiliation}`].filter(Boolean).join('; '));
    io.stdout.write(`\n# ${notes.join('; ')}\n${toYaml([{ id, type: 'person', name: x.name }])}`);
  }
  return errors ? EXIT.error : EXIT.ok;
}
