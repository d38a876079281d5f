import { Kind } from '../text/tokenize.js';
import type { Context } from './context.js';

/** The content of a claim as tokens [first, end), and the direct quote it leads into, if any. */
export interface Content {
  first: number;
  end: number;
  /** Token index of a direct quote's opening mark right after the content, or -1. */
  lead: number;
}

const TRAILING = new Set([',', '.', ';', ':', '!', '?', '…', '..', '...', '....', '-', '—']);

/**
 * Reads a claim's content from token `from` to the end of the sentence `last`. It skips a
 * complementizer (bahwa) when asked, and stops before a direct quote that follows a comma
 * (Stoltenberg menyatakan …, "Namun …"), before ", kata dia" / ", menurut X", and before a
 * second speech verb of the same subject ("… dan menambahkan bahwa …").
 */
export function readContent(ctx: Context, from: number, last: number, skipComplementizer: boolean): Content {
  const { tokens, lex } = ctx;
  const lang = lex.lang;
  let k = from;
  while (k < last && (tokens.get(k)!.text === ',' || tokens.get(k)!.text === ':')) k++;
  if (skipComplementizer && k < last && lang.complementizers.at(tokens, k)) k++;
  if (skipComplementizer) k = afterAdjuncts(ctx, k, last);
  while (k < last && (tokens.get(k)!.text === ',' || tokens.get(k)!.text === ':')) k++;
  const first = k;
  let lead = -1;
  let e = k;
  for (; e < last; e++) {
    const t = tokens.get(e)!;
    if (ctx.insideDirect[e]! >= 0) {
      if (isOpening(ctx, e)) lead = e;
      break;
    }
    const next = tokens.get(e + 1);
    if (t.text === ',' && next && e + 1 < last) {
      if (ctx.insideDirect[e + 1]! >= 0) {
        lead = e + 1;
        break;
      }
      if (
        next.kind === Kind.Word &&
        (lang.after.has(next.lower) ||
          lang.according.hasWord(next.word) ||
          lang.according.has(stripEnclitic(next.lower, lang.enclitic)))
      )
        break;
      // ", sementara Korut …", ", sedangkan …": a new clause with a subject of its own.
      if (next.kind === Kind.Word && lang.clauseBreaks.hasWord(next.word)) break;
      // ", namun dia mengaku …": a new clause whose subject reports again is a claim of its own.
      if (reportsAgain(ctx, e + 1, last)) break;
    }
    // "… kesakitan namun Afifah tetap menuduh …": a contrast opens a clause that reports again.
    if (t.kind === Kind.Word && lang.reading.clauseLinks.hasWord(t.word) && e > first && reportsAgain(ctx, e, last))
      break;
    // "… dan menambahkan …", "… dengan menjamin bahwa …": a second reporting verb of the subject.
    const joins = lang.coordinators.hasWord(t.word) || lang.reading.mannerJoins.hasWord(t.word);
    if (t.kind === Kind.Word && joins && next && e + 1 < last && reportsHere(ctx, e + 1)) break;
  }
  while (e > first && TRAILING.has(tokens.get(e - 1)!.text)) e--;
  return { first, end: e, lead };
}

/** Is there a reporting verb at k: a speech verb, or a verb that reports before a marked clause ("menjamin bahwa")? */
function reportsHere(ctx: Context, k: number): boolean {
  const lang = ctx.lex.lang;
  const t = ctx.tokens.get(k)!;
  if (lang.speech.has(t.lower)) return true;
  const after = ctx.tokens.get(k + 1);
  return (
    lang.clause.has(t.lower) && after !== undefined && (after.text === ',' || lang.complementizers.hasWord(after.word))
  );
}

/** How far after a comma a clause's own reporting verb may stand ("namun dia mengaku"). */
const AGAIN_REACH = 4;

/**
 * Does the clause after a comma open with a conjunction, then a subject, then a reporting verb
 * of its own: ", namun dia mengaku …", ", tetapi Budi menegaskan …"?
 */
function reportsAgain(ctx: Context, k: number, last: number): boolean {
  const { tokens } = ctx;
  const lang = ctx.lex.lang;
  const t = tokens.get(k)!;
  const opens =
    lang.clauseOpeners.hasWord(t.word) || lang.coordinators.hasWord(t.word) || lang.reading.clauseLinks.hasWord(t.word);
  if (t.kind !== Kind.Word || !opens) return false;
  for (let m = k + 2; m < last && m <= k + AGAIN_REACH; m++) {
    const w = tokens.get(m)!;
    if (w.kind !== Kind.Word || w.text === ',') return false;
    if (lang.speech.has(w.lower)) return true;
  }
  return false;
}

/** How many tokens an adjunct may run before what was said ("kepada awak media di Jakarta"). */
const ADJUNCT_MAX = 8;
/** How many adjuncts may stand in a row ("di Jakarta, Senin (5/3), …"). */
const ADJUNCTS = 3;

/**
 * Where what was said starts when the verb first names who it was said to, how, where or when:
 * after "kepada wartawan bahwa", after "melalui akun Instagramnya,", after "di Jakarta, Senin
 * (5/3),"; nowhere when the sentence ends at the addressee ("Sahrudin melaporkan ke pihak
 * kepolisian."). An adjunct that runs on with no comma or complementizer is left in the words.
 */
function afterAdjuncts(ctx: Context, from: number, last: number): number {
  let k = from;
  for (let n = 0; n < ADJUNCTS; n++) {
    const next = afterAdjunct(ctx, k, last);
    if (next === k) break;
    k = next;
  }
  return k;
}

function afterAdjunct(ctx: Context, k: number, last: number): number {
  const { tokens } = ctx;
  const lang = ctx.lex.lang;
  const t = tokens.get(k);
  if (!t || t.kind !== Kind.Word) return k;
  const addressee = lang.addressees.hasWord(t.word) && !lang.notAddressees.has(tokens.get(k + 1)?.lower ?? '');
  // "Senin (5/3), …": a time alone, up to its comma.
  const timed = lang.reading.timeWords.hasWord(t.word);
  const r = lang.reading;
  const after = tokens.get(k + 1);
  if (!after || lang.demonstratives.hasWord(after.word)) return k;
  const adjunct =
    r.verbAdjuncts.hasWord(t.word) ||
    (r.placeAdjuncts.hasWord(t.word) && after.cap) ||
    (r.occasionAdjuncts.hasWord(t.word) && r.occasionNouns.hasWord(after.word));
  if (!addressee && !timed && !adjunct) return k;
  for (let m = k + 1; m < last && m <= k + ADJUNCT_MAX; m++) {
    const w = tokens.get(m)!;
    if (ctx.insideDirect[m]! >= 0) return addressee ? m : k;
    if (lang.complementizers.hasWord(w.word)) return m + 1;
    if (w.text === ',' || w.text === ':') {
      if (timed && !onlyTime(ctx, k, m)) return k;
      return m + 1 < last ? m + 1 : k;
    }
  }
  return addressee && last - k <= ADJUNCT_MAX + 1 ? last : k;
}

/** Is what stands in tokens [from, to) only a time: ", Rabu (5/3).", "Selasa malam,"? */
export function onlyTime(ctx: Context, from: number, to: number): boolean {
  const timeWords = ctx.lex.lang.reading.timeWords;
  let time = false;
  for (let m = from; m < to; m++) {
    const t = ctx.tokens.get(m)!;
    if (t.kind === Kind.Punct) continue;
    if (t.kind === Kind.Number || (t.kind === Kind.Word && timeWords.hasWord(t.word))) time = true;
    else return false;
  }
  return time;
}

export function isOpening(ctx: Context, i: number): boolean {
  const q = ctx.quotes[ctx.insideDirect[i]!];
  return q !== undefined && q.open === i;
}

export function stripEnclitic(lower: string, enclitic: string): string {
  return lower.endsWith(enclitic) ? lower.slice(0, -enclitic.length) : lower;
}
