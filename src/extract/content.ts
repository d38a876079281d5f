import { Kind } from '../text/tokenize.js';
import type { Context } from './context.js';

/** The content of a claim as tokens [first, end), and the direct quote it leads into, if any. */
export interface Content {
  first: number;
  end: number;
  /** Token index of a direct quote's opening mark right after the content, or -1. */
  lead: number;
}

const TRAILING = new Set([',', '.', ';', ':', '!', '?', '…', '...', '-', '—']);

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
  while (k < last && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k++;
  if (skipComplementizer && k < last && lang.complementizers.has(tokens[k]!.lower)) k++;
  while (k < last && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k++;
  const first = k;
  let lead = -1;
  let e = k;
  for (; e < last; e++) {
    const t = tokens[e]!;
    if (ctx.insideDirect[e]! >= 0) {
      if (isOpening(ctx, e)) lead = e;
      break;
    }
    const next = tokens[e + 1];
    if (t.text === ',' && next && e + 1 < last) {
      if (ctx.insideDirect[e + 1]! >= 0) {
        lead = e + 1;
        break;
      }
      if (
        next.kind === Kind.Word &&
        (lang.after.has(next.lower) ||
          lang.according.has(next.lower) ||
          lang.according.has(stripEnclitic(next.lower, lang.enclitic)))
      )
        break;
      // ", sementara Korut …", ", sedangkan …": a new clause with a subject of its own.
      if (next.kind === Kind.Word && lang.clauseBreaks.has(next.lower)) break;
    }
    if (t.kind === Kind.Word && lang.coordinators.has(t.lower) && next && e + 1 < last && lang.speech.has(next.lower))
      break;
  }
  while (e > first && TRAILING.has(tokens[e - 1]!.text)) e--;
  return { first, end: e, lead };
}

export function isOpening(ctx: Context, i: number): boolean {
  const q = ctx.quotes[ctx.insideDirect[i]!];
  return q !== undefined && q.open === i;
}

export function stripEnclitic(lower: string, enclitic: string): string {
  return lower.endsWith(enclitic) ? lower.slice(0, -enclitic.length) : lower;
}
