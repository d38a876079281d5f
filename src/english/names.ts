import type { Context } from '../extract/context.js';
import type { Name, Names } from '../extract/names.js';
import { titleAt } from '../extract/phrase.js';
import type { Tagged } from './speaker.js';

/**
 * The names of an English document the lexicon does not know: compromise's people,
 * organizations and places, as runs of tokens it tagged alike (no lexicon mention inside).
 */
export function englishNames(ctx: Context, tagged: Tagged): Names {
  const { tokens } = ctx;
  const names: Name[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const type = tagged.get(k);
    if (!type || ctx.mentionAt.has(k)) continue;
    let end = k + 1;
    while (
      end < tokens.length &&
      tagged.get(end) === type &&
      !ctx.mentionAt.has(end) &&
      tokens[end]!.block === tokens[k]!.block
    )
      end++;
    // "Foreign Minister Simon Coveney": the tagger's person holds the title; the name is after it.
    let first = k;
    let title: Name['title'] = null;
    const t = type === 'person' ? titleAt(ctx, k, end) : null;
    if (t && t.end < end) {
      first = t.end;
      title = { text: t.title, org: null, written: ctx.text.slice(tokens[k]!.start, tokens[t.end - 1]!.end) };
    }
    names.push({
      first,
      end,
      start: tokens[first]!.start,
      stop: tokens[end - 1]!.end,
      type: type === 'person' && end - first === 1 && !title ? 'lone' : type,
      title,
      affiliation: null,
      short: null,
      personal: type === 'person',
    });
    k = end - 1;
  }
  return { names, titled: [] };
}
