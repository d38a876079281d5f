// English reporting: "…," Stoltenberg said / said Stoltenberg / he said; Stoltenberg said,
// "…"; Stoltenberg said (on Tuesday) that …; according to Stoltenberg, …; …, Stoltenberg said.
// The same events as the Indonesian path, resolved by the same discourse.
import { resolveInOrder } from '../extract/attribute.js';
import type { Context } from '../extract/context.js';
import { isReadable } from '../extract/context.js';
import { event, type Event } from '../extract/events.js';
import type { Identity } from '../extract/identity.js';
import type { Phrase } from '../extract/phrase.js';
import { quoteEvents } from '../extract/quote-cues.js';
import { isPerson } from '../extract/speaker.js';
import { ENDERS, type Sentence } from '../text/sentences.js';
import { Kind } from '../text/tokenize.js';
import { accordingTo, citesSource, sourceIn } from './source.js';
import { englishSpeaker, type Tagged } from './speaker.js';

/** How far after a reporting verb its "that" may come ("said on Thursday, speaking to journalists at a meeting of his party, that"). */
const THAT_WITHIN = 16;
/** How far after a quote its cue may come ("…," the alliance's chief told reporters). */
const CUE_WITHIN = 8;

export function attributeEnglish(ctx: Context, tagged: Tagged, identity: Identity): Event[] {
  const claims: Event[] = [];
  ctx.sentences.forEach((s) => {
    if (!isReadable(ctx.blocks[s.block]!)) return;
    const found = scanSentence(ctx, tagged, s);
    claims.push(...(found.length ? found : noteSubject(ctx, tagged, s)));
  });
  const after = (c: Context, close: number, quote: number) => cueAfter(c, tagged, close, quote);
  return resolveInOrder(ctx, identity, [...claims, ...quoteEvents(ctx, claims, after)]);
}

/** "…," said Stoltenberg / "…," Stoltenberg said / "…," he told reporters. */
function cueAfter(ctx: Context, tagged: Tagged, close: number, quote: number): Event | null {
  const { tokens, lex } = ctx;
  const block = tokens.get(close)!.block;
  let k = close + 1;
  if (tokens.get(k)?.text === ',') k++;
  const end = clauseEnd(ctx, k);
  if (k >= end || tokens.get(k)!.block !== block) return null;
  const kind = lex.english.speech.get(tokens.get(k)!.lower);
  if (kind) {
    const who = englishSpeaker(ctx, tagged, k + 1, end);
    return event(k, {
      who,
      cue: { first: k, end: k + 1 },
      kind,
      quote,
      source: sourceIn(ctx, k, end),
      confidence: lex.confidence[who ? 'name-after-quote' : 'no-speaker'],
    });
  }
  for (let v = k + 1; v < end && v - k <= CUE_WITHIN; v++) {
    const vkind = lex.english.speech.get(tokens.get(v)!.lower);
    if (!vkind) continue;
    const who = englishSpeaker(ctx, tagged, k, v, 'last');
    if (!who) return null;
    return event(v, {
      who,
      cue: { first: v, end: v + 1 },
      kind: vkind,
      quote,
      source: sourceIn(ctx, v, end),
      confidence: lex.confidence[who.kind === 'pronoun' ? 'pronoun-after-quote' : 'name-after-quote'],
    });
  }
  return null;
}

/** Where a clause that starts at k ends: a full stop, a semicolon, a quote mark or the sentence's end. */
function clauseEnd(ctx: Context, k: number): number {
  const s = ctx.sentences[ctx.sentenceOf[Math.min(k, ctx.tokens.length - 1)]!]!;
  let e = k;
  while (
    e < s.last &&
    !ENDERS.has(ctx.tokens.get(e)!.text) &&
    ctx.tokens.get(e)!.text !== ';' &&
    ctx.tokens.get(e)!.kind !== Kind.Quote
  )
    e++;
  return e;
}

/** Reporting verbs outside quotation marks, and "according to", in one sentence. */
function scanSentence(ctx: Context, tagged: Tagged, s: Sentence): Event[] {
  const { tokens, lex } = ctx;
  const en = lex.english;
  const out: Event[] = [];
  for (let j = s.first; j < s.last; j++) {
    const t = tokens.get(j)!;
    if (t.kind !== Kind.Word || ctx.insideDirect[j]! >= 0) continue;
    if (accordingTo(ctx, j)) {
      const found = according(ctx, tagged, s, j);
      if (found) out.push(found);
      continue;
    }
    const kind = en.speech.get(t.lower);
    if (!kind || t.cap) continue;
    // A cue right after a quote is that quote's ("…," he said): not a claim of its own.
    if (afterQuote(ctx, j)) continue;
    const found = reported(ctx, tagged, s, j, kind);
    if (!found) continue;
    out.push(found);
    // A verb inside the content belongs to it ("said she believes …"): read on after it.
    if (found.claim && found.claim.start > t.start)
      while (j + 1 < s.last && tokens.get(j + 1)!.start < found.claim.end) j++;
  }
  return out;
}

/**
 * A sentence without a cue that opens with a person ("Antony Blinken arrived in Jakarta on
 * Monday.") makes that person the one a later "he said" means; so does the agent of a passive
 * ("The ruling was delivered by Lord Justice Bernard McCloskey.").
 */
function noteSubject(ctx: Context, tagged: Tagged, s: Sentence): Event[] {
  const { tokens } = ctx;
  if (ctx.insideDirect[s.first]! >= 0) return [];
  const opening = personIn(ctx, tagged, s.first, capitalsFrom(ctx, s, s.first));
  if (opening) return [event(s.first, { who: opening, noteOnly: true })];
  let passive = false;
  for (let b = s.first; b < s.last - 1; b++) {
    if (ctx.insideDirect[b]! >= 0) continue;
    if (ctx.lex.english.passive.at(tokens, b)) passive = true;
    if (!passive || tokens.get(b)!.lower !== 'by') continue;
    const agent = personIn(ctx, tagged, b + 1, capitalsFrom(ctx, s, b + 1));
    if (agent) return [event(b + 1, { who: agent, noteOnly: true })];
  }
  return [];
}

/** Where the run of capitals (and names of the lexicon) that starts at k ends. */
function capitalsFrom(ctx: Context, s: Sentence, k: number): number {
  const { tokens } = ctx;
  let end = k;
  while (end < s.last && (tokens.get(end)!.cap || tokens.get(end)!.kind !== Kind.Word || ctx.mentionAt.has(end))) {
    if (ENDERS.has(tokens.get(end)!.text) || tokens.get(end)!.kind === Kind.Quote) break;
    end++;
  }
  return end;
}

/** The person named in tokens [first, end), if a person is what they name. */
function personIn(ctx: Context, tagged: Tagged, first: number, end: number): ReturnType<typeof englishSpeaker> {
  const who = englishSpeaker(ctx, tagged, first, end, 'first');
  return who && isPerson(ctx, who) ? who : null;
}

/** Whether the verb at j is a quote's cue: the quote's close, a comma, then at most a short phrase. */
function afterQuote(ctx: Context, j: number): boolean {
  const { tokens } = ctx;
  for (let b = j - 1; b >= 0 && j - b <= CUE_WITHIN + 2; b--) {
    const t = tokens.get(b)!;
    if (t.kind === Kind.Quote) return ctx.insideDirect[b]! >= 0 && ctx.quotes[ctx.insideDirect[b]!]!.close === b;
    if (ENDERS.has(t.text) || t.text === ';') return false;
  }
  return false;
}

/** X said (that) …  /  X said, "…"  /  …, X said. */
function reported(ctx: Context, tagged: Tagged, s: Sentence, v: number, kind: string): Event | null {
  const { tokens, lex } = ctx;
  const en = lex.english;
  // "has not commented", "did not immediately say", "declined to say": nothing reported.
  if ([v - 1, v - 2].some((b) => b >= s.first && en.negations.at(tokens, b))) return null;
  // "is expected to rule", "was asked whether": a passive names no one who reports ("is
  // worried about" is a state of mind, and a claim).
  if (v - 1 >= s.first && en.passive.at(tokens, v - 1) && !en.states.at(tokens, v)) return null;
  const start = subjectStart(ctx, s, v);
  // "…, Stoltenberg said." : the verb closes the sentence; the content came before the comma.
  let comma = v - 1;
  while (comma > start && tokens.get(comma)!.text !== ',') comma--;
  if (closes(ctx, s, v) && comma > start) {
    const who = englishSpeaker(ctx, tagged, comma + 1, v, 'last');
    if (!who) return null;
    return claim(ctx, v, kind, who, start, comma, -1);
  }
  const who = englishSpeaker(ctx, tagged, start, v, 'first');
  if (!who) return null;
  let k = v + 1;
  const told = tokens.get(v)!.lower === 'told' || tokens.get(v)!.lower === 'tells';
  if (told) while (k < s.last && en.audiences.at(tokens, k)) k++; // told reporters (that) …
  // "said, "…"" / "said: "…"": the verb leads into a quote.
  let q = k;
  if (tokens.get(q)?.text === ',' || tokens.get(q)?.text === ':') q++;
  if (tokens.get(q)?.kind === Kind.Quote && ctx.insideDirect[q]! >= 0) return claim(ctx, v, kind, who, -1, -1, q);
  // A comma after the verb that leads into no quote: what follows is not what was said
  // ("North Korea has not commented, the Associated Press reported").
  if (tokens.get(k)?.text === ',') return null;
  // "said that …", "said on Tuesday in Brussels that …", "told the BBC that …"; not "said the
  // company that builds …" (the verb's object is the content there, "told"'s is its audience).
  const adjunct =
    told || en.complementizers.has(tokens.get(k)?.lower ?? '') || en.adjuncts.has(tokens.get(k)?.lower ?? '');
  for (let c = k; adjunct && c < s.last && c - v <= THAT_WITHIN; c++) {
    const w = tokens.get(c)!;
    if (w.kind === Kind.Quote || ENDERS.has(w.text)) break;
    if (en.complementizers.hasWord(w.word)) {
      k = c + 1;
      break;
    }
  }
  const end = contentEnd(ctx, s, k);
  return claim(ctx, v, kind, who, k, end, -1, sourceIn(ctx, v, s.last));
}

/** According to X, …  /  …, according to X. */
function according(ctx: Context, tagged: Tagged, s: Sentence, j: number): Event | null {
  const { tokens } = ctx;
  let comma = j + 2;
  while (comma < s.last && tokens.get(comma)!.text !== ',' && !ENDERS.has(tokens.get(comma)!.text)) comma++;
  const who = englishSpeaker(ctx, tagged, j + 2, comma);
  if (!who) return null;
  if (tokens.get(comma)?.text === ',')
    return claim(ctx, j, 'statement', who, comma + 1, contentEnd(ctx, s, comma + 1), -1);
  // "…, according to X." closes the sentence: the content is what came before, unless that
  // already reports someone ("…," Blinken said, according to a transcript): X is its source.
  if (tokens.get(j - 1)?.text !== ',') return null;
  const start = subjectStart(ctx, s, j);
  if (afterQuote(ctx, start) || tokens.list(start, j).some((t) => ctx.lex.english.speech.has(t.lower))) return null;
  return claim(ctx, j, 'statement', who, start, j - 1, -1);
}

function claim(
  ctx: Context,
  v: number,
  kind: string,
  who: ReturnType<typeof englishSpeaker>,
  first: number,
  end: number,
  lead: number,
  source: Phrase | null = null,
): Event | null {
  const { tokens } = ctx;
  const hasContent = first >= 0 && end - first >= 2;
  if (!hasContent && lead < 0) return null;
  const span = hasContent ? { start: tokens.get(first)!.start, end: tokens.get(end - 1)!.end } : null;
  return event(v, {
    who,
    cue: { first: v, end: v + 1 },
    kind,
    claim: span,
    lead,
    source,
    confidence: ctx.lex.confidence[who?.kind === 'pronoun' ? 'pronoun-subject' : 'subject'],
  });
}

/** The clause's start: after the last quote or semicolon before the verb, past an opening adverbial ("In Brussels, …"). */
function subjectStart(ctx: Context, s: Sentence, v: number): number {
  const { tokens, lex } = ctx;
  let start = s.first;
  for (let k = s.first; k < v; k++) {
    const q = ctx.insideDirect[k]!;
    if (q >= 0 && ctx.quotes[q]!.close < v) {
      start = ctx.quotes[q]!.close + 1;
      k = ctx.quotes[q]!.close;
    } else if (tokens.get(k)!.text === ';') {
      start = k + 1;
    }
  }
  while (start < v && (tokens.get(start)!.text === ',' || tokens.get(start)!.kind === Kind.Quote)) start++;
  // "In Brussels, after meeting Blinken, Stoltenberg said": each opening adverbial up to its comma.
  while (start < v && lex.english.openers.at(tokens, start)) {
    let comma = start + 1;
    while (comma < v && tokens.get(comma)!.text !== ',') comma++;
    if (comma >= v - 1) break;
    start = comma + 1;
  }
  return start;
}

/**
 * Whether the verb at v closes its sentence: nothing after it but a few words of time or
 * place ("…, Stoltenberg said on Tuesday."), no "that", no quote.
 */
function closes(ctx: Context, s: Sentence, v: number): boolean {
  const { tokens, lex } = ctx;
  let k = v + 1;
  while (k < s.last && !ENDERS.has(tokens.get(k)!.text)) {
    const t = tokens.get(k)!;
    if (t.kind === Kind.Quote || t.text === ',' || lex.english.complementizers.hasWord(t.word) || k - v > CLOSING_WORDS)
      return false;
    k++;
  }
  return true;
}

/** The most words of time or place after a verb that closes its sentence. */
const CLOSING_WORDS = 5;

/**
 * A claim's content runs to the sentence's end, without its full stop. It stops at a direct
 * quote, and at a comma after which another speaker closes the sentence ("… programmes,
 * NATO Secretary-General Jens Stoltenberg said on Tuesday").
 */
function contentEnd(ctx: Context, s: Sentence, from: number): number {
  const { tokens, lex } = ctx;
  let e = from;
  for (; e < s.last; e++) {
    if (ctx.insideDirect[e]! >= 0) break;
    if (tokens.get(e)!.text !== ',') continue;
    if (citesSource(ctx, s, e + 1)) break;
    let v = e + 1;
    while (v < s.last && v - e <= CUE_WITHIN && !lex.english.speech.has(tokens.lower(v))) v++;
    if (v < s.last && v - e <= CUE_WITHIN && v > e + 1 && closes(ctx, s, v)) break;
  }
  while (e > from && (ENDERS.has(tokens.get(e - 1)!.text) || tokens.get(e - 1)!.text === ',')) e--;
  return e;
}
