import type { Block } from '../text/segment.js';
import { ENDERS } from '../text/sentences.js';
import { Kind, type Token } from '../text/tokenize.js';
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
  tokens: readonly Token[],
  blocks: readonly Block[],
  readable: (b: Block) => boolean,
  isAfterCue: (lower: string) => boolean,
): { quotes: QuoteSpan[]; warnings: QuoteWarning[] } {
  const quotes: QuoteSpan[] = [];
  const warnings: QuoteWarning[] = [];
  let open = -1;
  let lastReadable = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!readable(blocks[t.block]!)) continue;
    const firstOfBlock = lastReadable >= 0 && tokens[lastReadable]!.block !== t.block;
    if (open >= 0 && firstOfBlock) {
      if (t.kind === Kind.Quote && facing(tokens, i) !== 'close') {
        lastReadable = i;
        continue; // the next paragraph re-opens the same quote
      }
      const last = tokens[lastReadable]!;
      warnings.push(
        warn(
          'quote-unclosed',
          'a quotation mark opened here is not closed in its paragraph',
          tokens[open]!.start,
          last.end,
        ),
      );
      quotes.push(span(tokens, open, -1, last.end));
      open = -1;
    }
    lastReadable = i;
    if (open >= 0 && lostClose(tokens, open, i, isAfterCue)) {
      // "Dengan semakin pesatnya …, katanya dalam rilis …": the closing mark was lost before the cue.
      warnings.push(
        warn(
          'quote-unclosed',
          'a quotation mark opened here is not closed before its cue',
          tokens[open]!.start,
          tokens[i - 1]!.end,
        ),
      );
      quotes.push(span(tokens, open, i - 1, tokens[i - 1]!.end));
      open = -1;
    }
    if (t.kind !== Kind.Quote) continue;
    let face = facing(tokens, i);
    // Scraped text often spaces a closing mark off its quote and glues it to the cue:
    // "… dengan benar, "tuturnya." A mark after punctuation, before a lowercase word, closes.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (
      face === 'open' &&
      prev &&
      CLOSING_NEXT.has(prev.text) &&
      next?.kind === Kind.Word &&
      !next.cap &&
      (open >= 0 || isAfterCue(next.lower))
    )
      face = 'close';
    if (open < 0) {
      if (face === 'close')
        warnings.push(warn('quote-stray', 'a closing quotation mark without an opening one', t.start, t.end));
      else open = i;
    } else if (face === 'open') {
      const prev = tokens[i - 1]!;
      if (ENDERS.has(prev.text)) continue; // paragraphs flattened into one line re-open the quote
      warnings.push(
        warn('quote-stray', 'a quotation mark opened here is never closed', tokens[open]!.start, tokens[open]!.end),
      );
      open = i;
    } else {
      quotes.push(span(tokens, open, i, t.start));
      open = -1;
    }
  }
  if (open >= 0) {
    const last = tokens[lastReadable]!;
    warnings.push(warn('quote-unterminated', 'the text ends inside a quotation', tokens[open]!.start, last.end));
    quotes.push(span(tokens, open, -1, last.end));
  }
  for (const q of quotes) q.kind = kindOf(tokens, q);
  return { quotes, warnings };
}

/** A comma, then a cue that reports speech (katanya, ujar Budi, kata dia), inside an open quote. */
function lostClose(tokens: readonly Token[], open: number, i: number, isAfterCue: (lower: string) => boolean): boolean {
  const t = tokens[i]!;
  if (t.kind !== Kind.Word || t.cap || i - open < 4 || tokens[i - 1]!.text !== ',' || !isAfterCue(t.lower))
    return false;
  const next = tokens[i + 1];
  if (next?.kind === Kind.Quote) return false;
  const reports =
    t.lower.endsWith('nya') ||
    (next !== undefined &&
      next.block === t.block &&
      (next.cap || next.lower === 'dia' || next.lower === 'ia' || next.lower === 'beliau'));
  if (!reports) return false;
  // A quote that cites someone ("…, kata Mendagri (…), itu namanya …,” kata Irjen Fadil) closes
  // later in the sentence; a lost mark leaves the sentence to end first.
  for (let k = i + 1; k < tokens.length && k < i + 60 && tokens[k]!.block === t.block; k++) {
    if (tokens[k]!.kind === Kind.Quote) return false;
    if (ENDERS.has(tokens[k]!.text)) return true;
  }
  return false;
}

function span(tokens: readonly Token[], open: number, close: number, end: number): QuoteSpan {
  return { open, close, start: tokens[open]!.end, end, kind: 'direct' };
}

function warn(code: QuoteWarning['code'], message: string, start: number, end: number): QuoteWarning {
  return { code, message, start, end };
}

/** Which way a mark faces, from the spaces and punctuation around it. */
function facing(tokens: readonly Token[], i: number): 'open' | 'close' | 'either' {
  const t = tokens[i]!;
  if (OPEN_ONLY.has(t.text)) return 'open';
  if (OPEN_MOSTLY.has(t.text) && (t.spaced || !tokens[i - 1] || tokens[i - 1]!.block !== t.block)) return 'open';
  if (CLOSE_ONLY.has(t.text)) return 'close';
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const left = !prev || prev.block !== t.block || t.spaced || prev.text === '(' || prev.text === '[';
  const right = !next || next.block !== t.block || next.spaced || CLOSING_NEXT.has(next.text);
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return OPEN_MOSTLY.has(t.text) ? 'open' : 'either';
}

/**
 * Direct: the quote opens a clause (paragraph start, after a sentence, a colon or a comma)
 * and reads as an utterance (ends in punctuation, ends the sentence, or is long).
 * Partial: a phrase quoted inside a sentence (perlu ada "konsekuensi" pada …).
 */
function kindOf(tokens: readonly Token[], q: QuoteSpan): 'direct' | 'partial' {
  const o = tokens[q.open]!;
  const prev = tokens[q.open - 1];
  const initial =
    !prev ||
    prev.block !== o.block ||
    ENDERS.has(prev.text) ||
    INITIAL_AFTER.has(prev.text) ||
    prev.kind === Kind.Quote;
  if (!initial) return 'partial';
  if (q.close < 0) return 'direct';
  const last = tokens[q.close - 1]!;
  const next = tokens[q.close + 1];
  const endsPunct = last.kind === Kind.Punct && CLOSING_NEXT.has(last.text);
  const endsSentence =
    !next || next.block !== o.block || ENDERS.has(next.text) || next.text === ';' || next.text === ',';
  return endsPunct || endsSentence || q.close - q.open > 6 ? 'direct' : 'partial';
}
