// What the lexicon does on text: the entries, how a form matches or misses (trace).
import type { EntityForm, Lexicon } from '../lexicon/compile.js';
import { type DropReason, findMentions, type Mention } from '../extract/mentions.js';
import { titleIn } from '../extract/phrase.js';
import { type Sentence, splitSentences } from '../text/sentences.js';
import { type Tokens, tokensOf } from '../text/tokenize.js';
import type { AliasSpec, CaseRule, EntityEntry, EntityType, FormKind } from '../lexicon/types.js';
import { givenName, PersonWords, place } from './warnings.js';

/** One line per entity, sorted by id: what `extract lexicon list` prints. */
export function listEntities(lex: Lexicon, type: EntityType | null): EntityEntry[] {
  return [...lex.entities]
    .filter((e) => !type || e.type === type)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** An entry as plain data, in the order the YAML files write it. */
export function entryData(e: EntityEntry): Record<string, unknown> {
  const forms = (xs: AliasSpec[]) => xs.map((x) => (x.case ? { text: x.text, case: x.case } : x.text));
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    ...(e.aliases.length ? { aliases: forms(e.aliases) } : {}),
    ...(e.metonyms.length ? { metonyms: forms(e.metonyms) } : {}),
    ...(e.epithets.length ? { epithets: forms(e.epithets) } : {}),
    ...(e.roles.length ? { roles: e.roles } : {}),
    ...(e.tags.length ? { tags: e.tags } : {}),
  };
}

/** What `extract trace` finds in a text: each match, each match dropped, or why nothing matched. */
export interface TraceLine {
  text: string;
  /** The entity of a mention; null for a title, a dropped match or a miss. */
  entity: string | null;
  form: FormKind | 'title' | null;
  detail: string;
}

const RULES: Record<CaseRule, string> = {
  exact: 'exact: only as written',
  caps: 'caps: as written or in capitals',
  any: 'any: in any case',
};

/** What findMentions decided about a text, step by step (MentionLog). */
interface Steps {
  mentions: Mention[];
  forms: Map<number, EntityForm>;
  merged: Map<Mention, Mention[]>;
  dropped: { m: Mention; reason: DropReason }[];
  refused: { form: EntityForm; first: number; end: number }[];
}

/** The text, its tokens and the lexicon, with the words a trace line is made of. */
class TracedText {
  readonly tokens: Tokens;
  readonly sentences: Sentence[];
  readonly people: PersonWords;

  constructor(
    readonly lex: Lexicon,
    readonly text: string,
  ) {
    this.tokens = tokensOf(text);
    this.sentences = splitSentences(this.tokens, lex.lang.abbreviations);
    this.people = new PersonWords(lex);
  }

  slice(first: number, end: number): string {
    return this.text.slice(this.tokens.get(first)!.start, this.tokens.get(end - 1)!.end);
  }

  id(entity: number): string {
    return this.lex.entities[entity]!.id;
  }

  /** "the alias "Dedi" (case caps: …), file:line:col" */
  form(f: EntityForm): string {
    const entry = this.lex.entities[f.entity]!;
    return `the ${f.form} "${f.spec.text}" (case ${RULES[f.rule]}), ${place({ entry, spec: f.spec })}`;
  }
}

type Placed = TraceLine & { at: number };

/**
 * Reads a text as a run reads a paragraph of an article's body, through findMentions itself,
 * and says what each step decided: the mentions it keeps (entry, form, case rule, where the
 * form is written), the matches a later step drops and why, the titles, and for the rest why
 * nothing matched.
 */
export function trace(lex: Lexicon, text: string): TraceLine[] {
  const r = new TracedText(lex, text);
  const steps: Steps = { mentions: [], forms: new Map(), merged: new Map(), dropped: [], refused: [] };
  steps.mentions = findMentions(r.tokens, r.sentences, lex, () => false, {
    matched: (m, form) => steps.forms.set(m.first, form),
    refused: (form, first, end) => steps.refused.push({ form, first, end }),
    merged: (parts, into) => steps.merged.set(into, [...parts]),
    dropped: (m, reason) => steps.dropped.push({ m, reason }),
  });
  const found: Placed[] = [
    ...steps.mentions.map((m) => kept(r, steps, m)),
    ...steps.dropped.map(({ m, reason }) => dropped(r, steps, m, reason)),
    ...refused(r, steps),
    ...titles(r),
  ];
  const out: TraceLine[] = found.sort((a, b) => a.at - b.at).map(({ at: _, ...line }) => line);
  return found.some((l) => l.form !== 'title') ? out : [...out, miss(r)];
}

/** The form a mention was found by; one merged with its long form has the form in the parentheses. */
function formOf(steps: Steps, m: Mention): EntityForm {
  const parts = steps.merged.get(m);
  return steps.forms.get(parts ? parts[parts.length - 1]!.first : m.first)!;
}

function kept(r: TracedText, steps: Steps, m: Mention): Placed {
  const f = formOf(steps, m);
  const e = r.lex.entities[m.entity]!;
  const notes: string[] = [];
  const parts = steps.merged.get(m);
  if (parts) {
    const long = r.slice(m.first, parts[parts.length - 1]!.first - 1);
    notes.push(`merged with the long form "${long}" before the parenthesis`);
  }
  if (givenName(r.lex, r.people, e, f.form, f.spec))
    notes.push(`a given name alone: every ${f.spec.text} in a text is taken for ${e.id}`);
  const detail = `${e.name} (${e.type}), ${r.form(f)}${notes.map((n) => `; ${n}`).join('')}`;
  return { at: m.start, text: r.text.slice(m.start, m.stop), entity: e.id, form: f.form, detail };
}

function dropped(r: TracedText, steps: Steps, m: Mention, reason: DropReason): Placed {
  const where = r.slice(reason.first, reason.end);
  const why =
    reason.why === 'inside'
      ? `it is part of the longer name "${where}"`
      : reason.why === 'place'
        ? `after "${where}" it is a place, not ${r.id(m.entity)}`
        : reason.why === 'defined'
          ? `the text defines it for itself as "${where}"`
          : `it is written again in the parentheses after it, "${where}"`;
  const detail = `no mention: ${r.id(m.entity)} has ${r.form(formOf(steps, m))}, which matched, but ${why}`;
  return { at: m.start, text: r.text.slice(m.start, m.stop), entity: null, form: null, detail };
}

/** Case rules that refused a text no match covers: the longest at each place. */
function refused(r: TracedText, steps: Steps): Placed[] {
  const covered = [...steps.mentions, ...steps.dropped.map((d) => d.m)];
  const out: Placed[] = [];
  let until = -1;
  for (const x of [...steps.refused].sort((a, b) => a.first - b.first || b.end - a.end)) {
    if (x.first < until || covered.some((m) => m.first <= x.first && x.end <= m.end)) continue;
    until = x.end;
    const detail = `no match: ${r.id(x.form.entity)} has ${r.form(x.form)}`;
    out.push({ at: r.tokens.get(x.first)!.start, text: r.slice(x.first, x.end), entity: null, form: null, detail });
  }
  return out;
}

/** The titles, as a speaker phrase reads them. */
function titles(r: TracedText): Placed[] {
  const out: Placed[] = [];
  for (let i = 0; i < r.tokens.length; i++) {
    const title = titleIn(r.tokens, r.lex.titles, i, r.tokens.length);
    if (!title) continue;
    const detail = `the title ${title.title}`;
    out.push({ at: r.tokens.get(i)!.start, text: r.slice(i, title.end), entity: null, form: 'title', detail });
    i = title.end - 1;
  }
  return out;
}

/** Nothing matched at all: only longer names, or no such name. */
function miss(r: TracedText): TraceLine {
  for (const s of r.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const prefix = r.lex.names.longer(r.tokens, i, s.last);
      if (!prefix || prefix.longer.length === 0) continue;
      const ids = [...new Set(prefix.longer.map((p) => r.id(p.entity)))];
      const seen = r.slice(i, prefix.end);
      const detail = `no match: only longer names start with "${seen}" (${ids.slice(0, 5).join(', ')})`;
      return { text: seen, entity: null, form: null, detail };
    }
  }
  return { text: r.text, entity: null, form: null, detail: 'no match: no entry has this name' };
}
