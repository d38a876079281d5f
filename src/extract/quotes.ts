import type { Block } from '../text/segment.js';
import { ENDERS } from '../text/sentences.js';
import { Kind, type Token, type Tokens } from '../text/tokenize.js';
import { CLOSE_ONLY, OPEN_MOSTLY, OPEN_ONLY } from '../text/chars.js';

/** A pair of quotation marks: `open` and `close` are token indices (close -1: cut off). */
export interface QuoteSpan {
  open: number;
  close: number;
  /** Characters inside the marks. */
  start: number;
  end: number;
  kind: 'direct' | 'partial';
}

export interface QuoteWarning {
  code: 'quote-unterminated' | 'quote-unclosed' | 'quote-stray';
  message: string;
  start: number;
  end: number;
}

const INITIAL_AFTER = new Set([':', ',', '—', '–', '-', '(', ';']);
const CLOSING_NEXT = new Set([',', '.', ';', ':', '!', '?', ')', ']', '…', '...']);

/**
 * Pairs double quotation marks in the body. Which way a straight or Kompas-style mark (”)
 * faces is read from the spaces around it; a mark that opens while a quote is open re-opens
 * it when it starts a paragraph or a sentence (a quote running over several paragraphs);
 * a quote still open at the end of the text is kept, with a warning.
 */
export function pairQuotes(
  tokens: Tokens,
  blocks: readonly Block[],
  readable: (b: Block) => boolean,
  isAfterCue: (lower: string) => boolean,
): { quotes: QuoteSpan[]; warnings: QuoteWarning[] } {
  const quotes: QuoteSpan[] = [];
  const warnings: QuoteWarning[] = [];
  let open = -1;
  let lastReadable = -1;
  for (let i = 0; i < tokens.length; i++) {
    const block = tokens.block(i);
    if (!readable(blocks[block]!)) continue;
    const firstOfBlock = lastReadable >= 0 && tokens.block(lastReadable) !== block;
    const quote = tokens.kind(i) === Kind.Quote;
    if (open >= 0 && firstOfBlock) {
      if (quote && facing(tokens, i) !== 'close') {
        lastReadable = i;
        continue; // the next paragraph re-opens the same quote
      }
      const end = tokens.end(lastReadable);
      unclosed(tokens, open, -1, end, 'a quotation mark opened here is not closed in its paragraph', quotes, warnings);
      open = -1;
    }
    lastReadable = i;
    if (open >= 0 && lostClose(tokens, open, i, isAfterCue)) {
      // "Dengan semakin pesatnya …, katanya dalam rilis …": the closing mark was lost before the cue.
      const end = tokens.end(i - 1);
      unclosed(tokens, open, i - 1, end, 'a quotation mark opened here is not closed before its cue', quotes, warnings);
      open = -1;
    }
    if (!quote) continue;
    const t = tokens.get(i)!;
    // "… lancar. "“ Rapat pagi …": a mark glued to the one that has just opened a clause, before
    // its first word, is the same opening.
    if (open === i - 1 && !t.spaced && initialAt(tokens, open) && startsWords(tokens.get(i + 1), t.block)) {
      open = i;
      continue;
    }
    const face = faceOf(tokens, i, open, isAfterCue);
    if (open < 0) {
      if (face === 'close')
        warnings.push(warn('quote-stray', 'a closing quotation mark without an opening one', t.start, t.end));
      else open = i;
    } else if (face === 'open') {
      const prev = tokens.get(i - 1)!;
      if (ENDERS.has(prev.text)) continue; // paragraphs flattened into one line re-open the quote
      warnings.push(
        warn(
          'quote-stray',
          'a quotation mark opened here is never closed',
          tokens.get(open)!.start,
          tokens.get(open)!.end,
        ),
      );
      open = i;
    } else {
      quotes.push(span(tokens, open, i, t.start));
      open = -1;
    }
  }
  if (open >= 0) {
    const last = tokens.get(lastReadable)!;
    warnings.push(warn('quote-unterminated', 'the text ends inside a quotation', tokens.get(open)!.start, last.end));
    quotes.push(span(tokens, open, -1, last.end));
  }
  for (const q of quotes) q.kind = kindOf(tokens, q, isAfterCue);
  return { quotes, warnings };
}

/** Ends a quote whose closing mark is missing, with a warning that says where it was cut. */
function unclosed(
  tokens: Tokens,
  open: number,
  close: number,
  end: number,
  message: string,
  quotes: QuoteSpan[],
  warnings: QuoteWarning[],
): void {
  warnings.push(warn('quote-unclosed', message, tokens.get(open)!.start, end));
  quotes.push(span(tokens, open, close, end));
}

/**
 * Which way the mark at i faces, its spaces read with what stands around it. Scraped text often
 * spaces a closing mark off its quote and glues it to the cue: "… dengan benar, "tuturnya." A
 * mark after punctuation, before a lowercase word, closes; so does one glued to a cue that
 * reports its speaker ("… mencari pelakunya ”ujarnya."). The same marks mirrored, as some pages
 * print them ("… di Jakarta.” Kami akan terus berunding, ”katanya."): a mark glued to a
 * sentence's end opens the next when the mark that closes it is glued to its cue.
 */
function faceOf(
  tokens: Tokens,
  i: number,
  open: number,
  isAfterCue: (lower: string) => boolean,
): 'open' | 'close' | 'either' {
  const prev = tokens.get(i - 1);
  const next = tokens.get(i + 1);
  let face = facing(tokens, i);
  if (
    face === 'open' &&
    next?.kind === Kind.Word &&
    !next.cap &&
    ((prev && CLOSING_NEXT.has(prev.text) && (open >= 0 || isAfterCue(next.lower))) ||
      (open >= 0 && !next.spaced && isAfterCue(next.lower) && reports(tokens, i + 1)))
  )
    face = 'close';
  if (face === 'close' && open < 0 && prev && ENDERS.has(prev.text) && next?.cap && next.spaced) {
    if (mirrored(tokens, i, isAfterCue)) face = 'open';
  }
  return face;
}

/** A comma, then a cue that reports speech (katanya, ujar Budi, kata dia), inside an open quote. */
function lostClose(tokens: Tokens, open: number, i: number, isAfterCue: (lower: string) => boolean): boolean {
  if (
    tokens.kind(i) !== Kind.Word ||
    tokens.cap(i) ||
    i - open < 4 ||
    !tokens.is(i - 1, ',') ||
    !isAfterCue(tokens.lower(i))
  )
    return false;
  if (tokens.kind(i + 1) === Kind.Quote || !reports(tokens, i)) return false;
  // A quote that cites someone ("…, kata Mendagri (…), itu namanya …,” kata Irjen Fadil) closes
  // later in the sentence; a lost mark leaves the sentence to end first.
  const block = tokens.block(i);
  for (let k = i + 1; k < tokens.length && k < i + 60 && tokens.block(k) === block; k++) {
    if (tokens.kind(k) === Kind.Quote) return false;
    if (ENDERS.has(tokens.text(k))) return true;
  }
  return false;
}

/** The next mark in the paragraph closes a quote the mirrored way: "…, ”kata Budi." */
function mirrored(tokens: Tokens, i: number, isAfterCue: (lower: string) => boolean): boolean {
  const block = tokens.get(i)!.block;
  for (let k = i + 1; k < tokens.length && tokens.get(k)!.block === block; k++) {
    const t = tokens.get(k)!;
    if (t.kind !== Kind.Quote) continue;
    const cue = tokens.get(k + 1);
    return (
      t.spaced &&
      CLOSING_NEXT.has(tokens.get(k - 1)!.text) &&
      cue?.kind === Kind.Word &&
      !cue.cap &&
      !cue.spaced &&
      isAfterCue(cue.lower) &&
      reports(tokens, k + 1)
    );
  }
  return false;
}

/** A cue word that names its speaker: ujarnya, or kata with a name or a pronoun after it. */
function reports(tokens: Tokens, k: number): boolean {
  const t = tokens.get(k)!;
  const next = tokens.get(k + 1);
  return (
    t.lower.endsWith('nya') ||
    (next !== undefined &&
      next.block === t.block &&
      (next.cap || next.lower === 'dia' || next.lower === 'ia' || next.lower === 'beliau'))
  );
}

/** The first token of a quote's text: a word or a number, in the mark's paragraph. */
function startsWords(t: Token | undefined, block: number): boolean {
  return t !== undefined && t.block === block && (t.kind === Kind.Number || (t.kind === Kind.Word && t.cap));
}

function span(tokens: Tokens, open: number, close: number, end: number): QuoteSpan {
  return { open, close, start: tokens.get(open)!.end, end, kind: 'direct' };
}

function warn(code: QuoteWarning['code'], message: string, start: number, end: number): QuoteWarning {
  return { code, message, start, end };
}

/** Which way a mark faces, from the spaces and punctuation around it. */
function facing(tokens: Tokens, i: number): 'open' | 'close' | 'either' {
  const t = tokens.get(i)!;
  if (OPEN_ONLY.has(t.text)) return 'open';
  if (OPEN_MOSTLY.has(t.text) && (t.spaced || !tokens.get(i - 1) || tokens.get(i - 1)!.block !== t.block))
    return 'open';
  if (CLOSE_ONLY.has(t.text)) return 'close';
  const prev = tokens.get(i - 1);
  const next = tokens.get(i + 1);
  const left = !prev || prev.block !== t.block || t.spaced || prev.text === '(' || prev.text === '[';
  const right = !next || next.block !== t.block || next.spaced || CLOSING_NEXT.has(next.text);
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return OPEN_MOSTLY.has(t.text) ? 'open' : 'either';
}

/**
 * Direct: the quote opens a clause (paragraph start, after a sentence, a colon or a comma)
 * and reads as an utterance (ends in punctuation, ends the sentence, has a cue right after it,
 * or is long).
 * Partial: a phrase quoted inside a sentence (perlu ada "konsekuensi" pada …).
 */
function kindOf(tokens: Tokens, q: QuoteSpan, isAfterCue: (lower: string) => boolean): 'direct' | 'partial' {
  const o = tokens.get(q.open)!;
  if (!initialAt(tokens, q.open)) return 'partial';
  if (q.close < 0) return 'direct';
  const last = tokens.get(q.close - 1)!;
  const next = tokens.get(q.close + 1);
  const endsPunct = last.kind === Kind.Punct && CLOSING_NEXT.has(last.text);
  const endsSentence =
    !next || next.block !== o.block || ENDERS.has(next.text) || next.text === ';' || next.text === ',';
  // "Belum ada keputusan "katanya.": a cue right after the mark reports the quote.
  const cued = next?.kind === Kind.Word && !next.cap && isAfterCue(next.lower);
  return endsPunct || endsSentence || cued || q.close - q.open > 6 ? 'direct' : 'partial';
}

/** A mark that opens a clause: paragraph start, after a sentence, a colon, a comma or a mark. */
function initialAt(tokens: Tokens, i: number): boolean {
  const prev = tokens.get(i - 1);
  return (
    !prev ||
    prev.block !== tokens.get(i)!.block ||
    ENDERS.has(prev.text) ||
    INITIAL_AFTER.has(prev.text) ||
    prev.kind === Kind.Quote
  );
}

/** The words that tell a label from a quote. */
export interface LabelWords {
  /** Words that name what the quote after them is called: bertema, film, dijuluki. */
  labels: ReadonlySet<string>;
  /** Words that report speech, before or after a quote: kata, ujarnya, mengatakan. */
  cue: (lower: string) => boolean;
  /** Function words: a title leaves them lowercase, and a sentence runs on with them. */
  minor: ReadonlySet<string>;
}

/**
 * The quotes that are words someone said, without the labels: a span with no letter (a comment
 * whose emoji the page lost, "," tulis akun), the name after a naming word (bertema "…",
 * film "…", dijuluki "…"), or a title-cased name the sentence runs on after ("Rumah Kita" di …,
 * "Langit Biru", "Jalan Pulang"). A cue next to one keeps it.
 */
export function dropLabels(tokens: Tokens, quotes: QuoteSpan[], words: LabelWords): QuoteSpan[] {
  return quotes.filter((q) => !isLabel(tokens, q, words));
}

function isLabel(tokens: Tokens, q: QuoteSpan, words: LabelWords): boolean {
  if (q.close < 0) return false;
  let letters = 0;
  let capitals = 0;
  let lowercase = false;
  let stops = false;
  for (let k = q.open + 1; k < q.close; k++) {
    const kind = tokens.kind(k);
    if (kind === Kind.Punct && (ENDERS.has(tokens.text(k)) || tokens.is(k, ';'))) stops ||= k < q.close - 1;
    if (kind !== Kind.Word) continue;
    letters++;
    if (tokens.cap(k)) capitals++;
    else if (letters === 1 || (tokens.lower(k).length > 3 && !words.minor.has(tokens.lower(k)))) lowercase = true;
  }
  if (letters === 0) return true;
  const o = tokens.get(q.open)!;
  const at = (k: number) => (tokens.get(k)?.block === o.block ? tokens.get(k) : undefined);
  let a = q.close + 1;
  if (at(a)?.text === ',') a++;
  const after = at(a);
  if (stops || (after?.kind === Kind.Word && words.cue(after.lower))) return false;
  const prev = at(q.open - 1);
  if (prev?.kind === Kind.Word && words.labels.has(prev.lower)) return true;
  // A title: capitals on its words, no sentence inside or at its end, and no cue before it.
  const last = tokens.get(q.close - 1)!;
  if (lowercase || capitals < 2 || last.kind === Kind.Punct || prev?.text === ':') return false;
  const cueBefore = (k: number) => at(k)?.kind === Kind.Word && words.cue(tokens.get(k)!.lower);
  if (cueBefore(q.open - 1) || (prev?.text === ',' && cueBefore(q.open - 2))) return false;
  // The sentence runs on after it: a function word ("…" itu juga …), or the next name of a list.
  const next = at(q.close + 1);
  if (next?.kind === Kind.Word) return !next.cap && words.minor.has(next.lower);
  return (
    next?.text === ',' &&
    (after?.kind === Kind.Quote ||
      (after !== undefined && words.minor.has(after.lower) && at(a + 1)?.kind === Kind.Quote))
  );
}
