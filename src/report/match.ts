import { fold } from '../text/tokenize.js';
import { count } from './plural.js';
import type { EntityResult } from './types.js';

/** A value of --entity or --about: as given, and the id the lexicon resolves it to (or the id the name makes). */
export interface Query {
  text: string;
  id: string;
}

/**
 * Whether a query names an entity of a document: when it resolves to the entity's id (through
 * the lexicon, for any alias of a listed entity); when it is the entity's id, name or the text
 * of one of its mentions, compared without case, diacritics or extra spaces; and for a person,
 * when it is part of the name: one word that is the first or the last ("Agus" for Agus
 * Rahardjo), or words of the name in order that take in the first or the last ("Tjahaja
 * Purnama" for Basuki Tjahaja Purnama).
 */
export function names(q: Query, e: EntityResult): boolean {
  if (q.id === e.id) return true;
  const want = words(q.text);
  if (want.length === 0) return false;
  const key = want.join(' ');
  if ([e.id, e.name, ...e.mentions.map((m) => m.text)].some((s) => words(s).join(' ') === key)) return true;
  return e.type === 'person' && partOfName(want, words(e.name));
}

function partOfName(want: string[], name: string[]): boolean {
  if (want.length === 1) return want[0] === name[0] || want[0] === name.at(-1);
  if (want[0] !== name[0] && want.at(-1) !== name.at(-1)) return false;
  let i = 0;
  for (const w of name) if (w === want[i]) i++;
  return i === want.length;
}

/** Case, diacritics and spacing aside: " Basuki  Tjahaja Purnamá" reads as basuki, tjahaja, purnama. */
function words(s: string): string[] {
  return s
    .split(/\s+/)
    .filter((w) => w !== '')
    .map(fold);
}

/** A filter value that named no entity in any document of a run. */
export interface NoMatch {
  code: 'no-match';
  message: string;
}

/**
 * The --entity and --about values that named nothing, given the indices of those that named
 * something somewhere. A run without documents has nothing to say about them.
 */
export function noMatches(
  queries: { entities: readonly Query[]; about: readonly Query[] },
  matched: { entities: ReadonlySet<number>; about: ReadonlySet<number> },
  documents: number,
): NoMatch[] {
  if (documents === 0) return [];
  const missed = (qs: readonly Query[], hit: ReadonlySet<number>, flag: string, what: string) =>
    qs.flatMap((q, i): NoMatch[] =>
      hit.has(i)
        ? []
        : [{ code: 'no-match', message: `${flag} "${q.text}" matched no ${what} in ${count(documents, 'document')}` }],
    );
  return [
    ...missed(queries.entities, matched.entities, '--entity', 'speaker'),
    ...missed(queries.about, matched.about, '--about', 'entity'),
  ];
}
