import type { EntityType } from '../lexicon/types.js';
import { Kind } from '../text/tokenize.js';
import type { Context } from './context.js';
import { isPronoun, titleAt, type Phrase } from './phrase.js';

/** Who a phrase names, before coreference: an entity, an unlisted name, a bare title or a pronoun. */
export type Candidate =
  | { kind: 'entity'; entity: number; start: number; end: number; title: string | null }
  | { kind: 'unlisted'; name: string; type: EntityType; start: number; end: number; title: string | null }
  | { kind: 'title'; title: string; org: number | null; start: number; end: number }
  | { kind: 'pronoun'; plural: boolean; start: number; end: number };

/**
 * The head of a speaker phrase. A person wins over anything else in it ("Menteri Luar Negeri
 * AS Antony Blinken" is Blinken, not AS); then a name not in the lexicon; then a bare title,
 * resolved later by coreference or by date ("Sekjen NATO"); then an organization or state.
 */
export function headOf(ctx: Context, p: Phrase): Candidate | null {
  const { tokens, lex } = ctx;
  const first = tokens[p.first]!;
  if (p.end - p.first === 1 && isPronoun(ctx, first)) {
    return { kind: 'pronoun', plural: lex.lang.pluralPronouns.has(first.lower), start: first.start, end: first.end };
  }
  let title: { title: string; start: number; end: number } | null = null;
  let org: { entity: number; start: number; end: number } | null = null;
  const runs: { first: number; end: number }[] = [];
  let run = -1;
  const closeRun = (k: number) => {
    if (run >= 0) runs.push({ first: run, end: k });
    run = -1;
  };
  for (let k = p.first; k < p.end; ) {
    const t = tokens[k]!;
    const m = ctx.mentionAt.get(k);
    if (m && m.end <= p.end) {
      closeRun(k);
      const e = lex.entities[m.entity]!;
      if (e.type === 'person') return { kind: 'entity', entity: m.entity, start: m.start, end: m.stop, title: title?.title ?? null };
      org ??= { entity: m.entity, start: m.start, end: m.stop };
      k = m.end;
      continue;
    }
    const tt = titleAt(ctx, k, p.end);
    if (tt) {
      closeRun(k);
      title ??= { title: tt.title, start: t.start, end: tokens[tt.end - 1]!.end };
      k = tt.end;
      continue;
    }
    if (t.kind === Kind.Word && lex.lang.placeUnits.has(t.lower)) {
      closeRun(k);
      k = placeEnd(ctx, k + 1, p.end);
      continue;
    }
    const capital = t.kind === Kind.Word && t.cap;
    const initialDot = t.text === '.' && run >= 0 && tokens[k - 1]!.text.length === 1;
    if (capital || initialDot) {
      if (run < 0) run = k;
    } else {
      closeRun(k);
    }
    k++;
  }
  closeRun(p.end);
  const person = personRun(ctx, p, runs);
  if (person) return unlisted(ctx, person, 'person', title?.title ?? null);
  if (title) return { kind: 'title', title: title.title, org: org?.entity ?? null, start: title.start, end: org && org.end > title.end ? org.end : title.end };
  if (org) return { kind: 'entity', entity: org.entity, start: org.start, end: org.end, title: null };
  const orgRun = runs.find((r) => lex.lang.orgHeads.has(tokens[r.first]!.lower));
  return orgRun ? unlisted(ctx, orgRun, 'organization', null) : null;
}

/**
 * Which run of capitals is the person. A name set off by a comma before a title is the one
 * ("Marullah Matali, Wali Kota Jakarta Selatan"); otherwise names close a title phrase
 * ("Kepala Pusdalops BNPB Bambang Surya Putra"): the last. A lone capital right after the cue
 * is a name even when it is also a word ("kata Hari", "ujar Pahala").
 */
function personRun(ctx: Context, p: Phrase, runs: readonly { first: number; end: number }[]): { first: number; end: number } | null {
  let last: { first: number; end: number } | null = null;
  for (const r of runs) {
    const name = nameIn(ctx, r.first, r.end);
    if (!name) continue;
    const comma = ctx.tokens[name.end];
    if (comma?.text === ',' && name.end + 1 < p.end && titleAt(ctx, name.end + 1, p.end)) return name;
    last = name;
  }
  if (last) return last;
  const only = runs[0];
  if (runs.length === 1 && only!.first === p.first && only!.end === only!.first + 1 && !opensSentence(ctx, only!.first) && wordClass(ctx, only!.first) === 'common') {
    return only!;
  }
  return null;
}

/** A place after its unit word: one capitalized word, and the words that continue a place's name. */
function placeEnd(ctx: Context, k: number, end: number): number {
  const t = ctx.tokens[k];
  if (!t || k >= end || t.kind !== Kind.Word || !t.cap) return k;
  k++;
  while (k < end && ctx.tokens[k]!.cap && ctx.lex.lang.placeWords.has(ctx.tokens[k]!.lower)) k++;
  return k;
}

function opensSentence(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return ctx.sentences[ctx.sentenceOf[i]!]!.first === i || !prev || prev.kind === Kind.Quote || prev.text === '(' || prev.text === ':';
}

/** A part of an academic degree or honorific: S.Pd., M.Si., Dr, Ir, Prof. */
function isDegree(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.kind !== Kind.Word || !ctx.lex.lang.degrees.has(t.lower)) return false;
  const dotted = ctx.tokens[i + 1]?.text === '.' || ctx.tokens[i - 1]?.text === '.';
  return dotted || t.text.length <= 3;
}

/** How a capitalized word reads inside a speaker phrase. */
function wordClass(ctx: Context, i: number): 'name' | 'common' | 'other' {
  const t = ctx.tokens[i]!;
  const lang = ctx.lex.lang;
  if (t.text === '.') return 'name'; // the dot of an initial
  if (t.kind !== Kind.Word || !t.cap || isDegree(ctx, i)) return 'other';
  const letters = t.text.length;
  if (letters === 1) return ctx.tokens[i + 1]?.text === '.' ? 'name' : 'other';
  if (t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text)) return 'other'; // an acronym: BNPB, PGRI
  if (lang.orgHeads.has(t.lower) || lang.days.has(t.lower) || lang.stop.has(t.lower) || lang.places.has(t.lower)) return 'other';
  if (letters > 5 && t.lower.endsWith(lang.enclitic)) return 'other'; // Ironisnya, Menurutnya
  if (lang.common.has(t.lower) || ctx.lowercase.has(t.lower)) return 'common';
  return 'name';
}

/**
 * The person's name at the end of a run of capitals, read from the right: names, and common
 * words inside a name (Bambang Surya Putra), but not the organization's words before it
 * (Penanganan Fakir Miskin Kementerian Sosial | Asep Sasa Purnama). Null when no name is left.
 */
function nameIn(ctx: Context, first: number, end: number): { first: number; end: number } | null {
  // A degree after the name is not part of it: "Nuryaningsih, M.Pd.", "Siregar SH".
  while (end > first && (ctx.tokens[end - 1]!.text === '.' || isDegree(ctx, end - 1))) end--;
  let start = end;
  let names = 0;
  for (let k = end - 1; k >= first && end - k <= MAX_NAME_WORDS; k--) {
    const c = wordClass(ctx, k);
    if (c === 'other') break;
    if (c === 'common' && !(k > first && wordClass(ctx, k - 1) === 'name')) break;
    if (c === 'name' && ctx.tokens[k]!.text !== '.') names++;
    start = k;
  }
  while (start < end && wordClass(ctx, start) !== 'name') start++;
  return names > 0 && start < end ? { first: start, end } : null;
}

/** Longer runs of capitals are organizations' names, not people's. */
const MAX_NAME_WORDS = 5;

function unlisted(ctx: Context, r: { first: number; end: number }, type: EntityType, title: string | null): Candidate {
  const start = ctx.tokens[r.first]!.start;
  const end = ctx.tokens[r.end - 1]!.end;
  return { kind: 'unlisted', name: ctx.text.slice(start, end), type, start, end, title };
}
