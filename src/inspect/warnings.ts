import { caseAccepts } from '../extract/mentions.js';
import { keysOf, type Lexicon, ruleOf, surfaceOf } from '../lexicon/compile.js';
import type { AliasSpec, EntityEntry, FormKind, Position } from '../lexicon/types.js';

/**
 * A form that would match what it should not: an ordinary word (plain text), a given name
 * many people share (every Dedi), or a word of another entry's person (the other Guterres).
 */
export interface LexiconWarning {
  code: 'ordinary-word' | 'given-name' | 'collision';
  file: string;
  line: number;
  col: number;
  /** The entry whose form it is, and the form. */
  entity: string;
  text: string;
  /** The other entries it would take from. */
  others: string[];
  message: string;
}

/** A form of an entry as the file writes it. */
interface Form {
  entry: EntityEntry;
  kind: FormKind;
  spec: AliasSpec;
}

/** A person's name word, first or last, with the form it is part of. */
interface NameWord {
  form: Form;
  surface: string;
  last: boolean;
}

function formsOf(e: EntityEntry): Form[] {
  const of = (kind: FormKind) => (spec: AliasSpec) => ({ entry: e, kind, spec });
  return [
    of('name')({ text: e.name, ...(e.nameAt ? { at: e.nameAt } : {}) }),
    ...e.aliases.map(of('alias')),
    ...e.metonyms.map(of('metonym')),
    ...e.epithets.map(of('epithet')),
  ];
}

/**
 * The first and last words of people's names of two words or more, by their trie key: the
 * words the news calls a person by when it does not write the whole name.
 */
export class PersonWords {
  private readonly words = new Map<string, NameWord[]>();

  constructor(lex: Lexicon) {
    for (const e of lex.entities) {
      if (e.type !== 'person') continue;
      for (const form of formsOf(e)) {
        if (form.kind !== 'name' && form.kind !== 'alias') continue;
        const keys = keysOf(form.spec.text);
        if (keys.length < 2) continue;
        const surface = surfaceOf(form.spec.text);
        this.add(keys[0]!, { form, surface: surface[0]!, last: false });
        this.add(keys[keys.length - 1]!, { form, surface: surface[surface.length - 1]!, last: true });
      }
    }
  }

  private add(key: string, w: NameWord): void {
    const list = this.words.get(key) ?? [];
    list.push(w);
    this.words.set(key, list);
  }

  /** Other people's name words that a one-word form would match, one per entry (names first). */
  matching(form: Form): NameWord[] {
    const keys = keysOf(form.spec.text);
    if (keys.length !== 1) return [];
    const rule = ruleOf(form.spec, form.kind);
    const seen = new Set<EntityEntry>();
    const out: NameWord[] = [];
    for (const w of this.words.get(keys[0]!) ?? []) {
      if (w.form.entry.id === form.entry.id || seen.has(w.form.entry)) continue;
      if (!caseAccepts(rule, form.spec.text, w.surface)) continue;
      seen.add(w.form.entry);
      out.push(w);
    }
    return out;
  }
}

/** Whether a one-word form of a person is a given name: in the news' given names, or another person's first name. */
export function givenName(
  lex: Lexicon,
  people: PersonWords,
  entry: EntityEntry,
  kind: FormKind,
  spec: AliasSpec,
): { others: NameWord[] } | null {
  if (entry.type !== 'person' || (kind !== 'name' && kind !== 'alias')) return null;
  const keys = keysOf(spec.text);
  if (keys.length !== 1) return null;
  const others = people.matching({ entry, kind, spec }).filter((w) => !w.last);
  return lex.lang.given.has(keys[0]!) || others.length > 0 ? { others } : null;
}

/** Where the file writes a form: its own place, or its entry's. */
function where(f: { entry: EntityEntry; spec: AliasSpec }): Position & { file: string } {
  const at = f.spec.at ?? f.entry.origin;
  return { file: f.entry.origin.file, line: at.line, col: at.col };
}

/** file:line:col of a form. */
export function place(f: { entry: EntityEntry; spec: AliasSpec }): string {
  const w = where(f);
  return `${w.file}:${w.line}:${w.col}`;
}

/**
 * The warnings of `extract lexicon check`: each one-word form that is an ordinary word, a
 * person's given name, or (an alias or metonym, or a person's name) the first or last word of
 * another listed person's name. `checked` says which entries are under review; a warning
 * between two entries is given when either is.
 */
export function lexiconWarnings(lex: Lexicon, checked: (e: EntityEntry) => boolean): LexiconWarning[] {
  const people = new PersonWords(lex);
  const out: LexiconWarning[] = [];
  for (const entry of lex.entities) {
    for (const form of formsOf(entry)) {
      const keys = keysOf(form.spec.text);
      if (keys.length !== 1) continue;
      const text = form.spec.text;
      const warn = (code: LexiconWarning['code'], others: NameWord[], says: string) => {
        out.push({
          code,
          ...where(form),
          entity: entry.id,
          text,
          others: others.map((o) => o.form.entry.id),
          message: `entry "${entry.id}": "${text}" ${says}`,
        });
      };
      if (form.kind !== 'epithet' && lex.lang.common.has(keys[0]!)) {
        if (checked(entry)) warn('ordinary-word', [], 'is an ordinary word; it would match plain text');
        continue;
      }
      const given = givenName(lex, people, entry, form.kind, form.spec);
      if (given) {
        if (checked(entry) || given.others.some((o) => checked(o.form.entry))) {
          const also = given.others.map((o) => `"${o.form.entry.id}" (${place(o.form)})`).join(', ');
          warn(
            'given-name',
            given.others,
            `is a given name${also ? `, also of ${also}` : ''}; it would take every ${text}'s quotes — write the full name, or the surname if it is rare`,
          );
        }
        continue;
      }
      // A state's or an organization's own name is what the word means first (Israel, Haiti).
      if (form.kind === 'epithet' || (form.kind === 'name' && entry.type !== 'person')) continue;
      for (const o of people.matching(form)) {
        if (!checked(entry) && !checked(o.form.entry)) continue;
        warn(
          'collision',
          [o],
          `is also the ${o.last ? 'last' : 'first'} word of "${o.form.spec.text}", a name of "${o.form.entry.id}" (${place(o.form)}); it would take that person's quotes where the news writes "${text}" alone`,
        );
      }
    }
  }
  return out;
}
