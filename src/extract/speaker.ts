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
  let title: { title: string; start: number; end: number; tokenEnd: number } | null = null;
  let org: { entity: number; start: number; end: number } | null = null;
  const runs: { first: number; end: number; org: boolean }[] = [];
  let run = -1;
  let runIsOrg = false;
  let place = false;
  const closeRun = (k: number) => {
    // A capital that only opens the sentence ("Hujan deras …") is not part of a name.
    if (run >= 0 && opensSentence(ctx, run) && isCommon(ctx, tokens[run]!.lower)) run++;
    if (run >= 0 && run < k) runs.push({ first: run, end: k, org: runIsOrg });
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
      place = false;
      k = m.end;
      continue;
    }
    const tt = titleAt(ctx, k, p.end);
    if (tt) {
      closeRun(k);
      title ??= { title: tt.title, start: t.start, end: tokens[tt.end - 1]!.end, tokenEnd: tt.end };
      place = false;
      k = tt.end;
      continue;
    }
    if (t.kind === Kind.Word && lex.lang.placeUnits.has(t.lower)) {
      closeRun(k);
      place = true;
      k++;
      continue;
    }
    const nameWord = t.kind === Kind.Word && t.cap && !(t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text));
    const initialDot = t.text === '.' && run >= 0 && tokens[k - 1]!.text.length === 1;
    if ((nameWord || initialDot) && !place) {
      if (run < 0) {
        run = k;
        runIsOrg = lex.lang.orgHeads.has(t.lower);
      }
    } else {
      closeRun(k);
      if (t.text === ',' || !nameWord) place = false;
    }
    k++;
  }
  closeRun(p.end);
  const person = runs.find((r) => !r.org);
  if (person) return unlisted(ctx, person, 'person', title?.title ?? null);
  if (title) return { kind: 'title', title: title.title, org: org?.entity ?? null, start: title.start, end: org && org.end > title.end ? org.end : title.end };
  if (org) return { kind: 'entity', entity: org.entity, start: org.start, end: org.end, title: null };
  const orgRun = runs[0];
  return orgRun ? unlisted(ctx, orgRun, 'organization', null) : null;
}

function opensSentence(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return ctx.sentences[ctx.sentenceOf[i]!]!.first === i || !prev || prev.kind === Kind.Quote || prev.text === '(' || prev.text === ':';
}

function isCommon(ctx: Context, lower: string): boolean {
  return ctx.lex.lang.common.has(lower) || ctx.lowercase.has(lower);
}

function unlisted(ctx: Context, r: { first: number; end: number }, type: EntityType, title: string | null): Candidate {
  const start = ctx.tokens[r.first]!.start;
  const end = ctx.tokens[r.end - 1]!.end;
  return { kind: 'unlisted', name: ctx.text.slice(start, end), type, start, end, title };
}
