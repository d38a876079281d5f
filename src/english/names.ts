import type { Context } from '../extract/context.js';
import type { Name, Names } from '../extract/names.js';
import { titleAt } from '../extract/phrase.js';
import { Kind } from '../text/tokenize.js';
import type { Tagged } from './speaker.js';

/**
 * The names of an English document the lexicon does not know: compromise's people,
 * organizations and places, as runs of tokens it tagged alike (no lexicon mention inside).
 */
export function englishNames(ctx: Context, tagged: Tagged): Names {
  const { tokens } = ctx;
  const names: Name[] = [];
  for (let k = 0; k < tokens.length; k++) {
    // A lexicon mention is no name of its own, whatever the tagger says of its words
    // ("The North Atlantic Treaty Organization (NATO)" is all NATO).
    const mention = ctx.mentionAt.get(k);
    if (mention) {
      k = mention.end - 1;
      continue;
    }
    const type = tagged.get(k);
    if (!type || inTitleCase(ctx, k)) continue;
    let end = k + 1;
    while (
      end < tokens.length &&
      tagged.get(end) === type &&
      !ctx.mentionAt.has(end) &&
      tokens.get(end)!.block === tokens.get(k)!.block
    )
      end++;
    // "Foreign Minister Simon Coveney": the tagger's person holds the title; the name is after it.
    let first = k;
    let title: Name['title'] = null;
    const t = type === 'person' ? titleAt(ctx, k, end) : null;
    if (t && t.end < end) {
      first = t.end;
      title = { text: t.title, org: null, written: ctx.text.slice(tokens.get(k)!.start, tokens.get(t.end - 1)!.end) };
    }
    // "The" before a mention, "S" of "U.S.", "President" alone: no name.
    const words = tokens.list(first, end).filter((t) => t.kind === Kind.Word);
    if (
      words.length === 0 ||
      words.every((t) => t.text.length < 2 || ctx.lex.english.stop.hasWord(t.word)) ||
      (t && t.end === end)
    ) {
      k = end - 1;
      continue;
    }
    names.push({
      first,
      end,
      start: tokens.get(first)!.start,
      stop: tokens.get(end - 1)!.end,
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

/** A headline in title case ("NATO Worried Russia Will Back …"): capitals there tell no names. */
function inTitleCase(ctx: Context, k: number): boolean {
  const b = ctx.blocks[ctx.tokens.get(k)!.block];
  return b !== undefined && b.kind === 'title';
}
