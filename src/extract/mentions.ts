import type { EntityForm, Lexicon } from '../lexicon/compile.js';
import type { CaseRule, EntityEntry, FormKind } from '../lexicon/types.js';
import type { Sentence } from '../text/sentences.js';
import { Kind, type Tokens } from '../text/tokenize.js';

/** A lexicon entity found in the text: tokens [first, end), characters [start, stop). */
export interface Mention {
  /** The lexicon entity (its index). */
  entity: number;
  /** The tokens it spans: token indices [first, end). */
  first: number;
  end: number;
  /** The characters it spans: UTF-16 offsets [start, stop) into the document's text. */
  start: number;
  stop: number;
  form: FormKind;
}

/** Why a match of the trie is no mention: tokens [first, end) are what says so. */
export type DropReason =
  /** inside a longer capitalized name (Bank Indonesia, Dedi Supriadi) */
  | { why: 'inside'; first: number; end: number }
  /** a metonym after a locative (di Washington): the token of the locative */
  | { why: 'place'; first: number; end: number }
  /** a name written again, alone, in the parentheses after it: the parenthesis */
  | { why: 'repeated'; first: number; end: number }
  /** an acronym the text defines for itself ("Pajak Bumi dan Bangunan (PBB)"): the long form */
  | { why: 'defined'; first: number; end: number };

/**
 * What findMentions decided, step by step, for `extract trace`: the matches it found, the
 * forms whose case rule refused the text, the matches merged with a long form before a
 * parenthesis, and those dropped.
 */
export interface MentionLog {
  matched(m: Mention, form: EntityForm): void;
  refused(form: EntityForm, first: number, end: number): void;
  merged(parts: readonly Mention[], into: Mention): void;
  dropped(m: Mention, reason: DropReason): void;
}

/**
 * Finds lexicon entities: longest match per position over the token trie, within one
 * sentence, with each alias's case rule. A parenthesised alias after its long form becomes
 * one mention ("Organisasi Pakta Pertahanan Atlantik Utara (NATO)"), and a capital used as
 * a place ("di Washington") is not a mention of its government.
 */
export function findMentions(
  tokens: Tokens,
  sentences: readonly Sentence[],
  lex: Lexicon,
  titleCased: (block: number) => boolean = () => false,
  log?: MentionLog,
): Mention[] {
  const found: Mention[] = [];
  const accept = log
    ? (p: EntityForm, first: number, end: number) => {
        const ok = caseMatches(tokens, p, first, end);
        if (!ok) log.refused(p, first, end);
        return ok;
      }
    : (p: EntityForm, first: number, end: number) => caseMatches(tokens, p, first, end);
  for (const s of sentences) {
    for (let i = s.first; i < s.last; i++) {
      const kind = tokens.kind(i);
      if ((kind !== Kind.Word && kind !== Kind.Number) || !lex.names.firsts.at(tokens, i)) continue;
      const m = lex.names.longest(tokens, i, s.last, accept);
      if (!m) continue;
      const mention: Mention = {
        entity: m.payload.entity,
        first: i,
        end: m.end,
        start: tokens.start(i),
        stop: tokens.end(m.end - 1),
        form: m.payload.form,
      };
      found.push(mention);
      log?.matched(mention, m.payload);
      i = m.end - 1;
    }
  }
  const merged = mergeExpansions(dropDefined(found, tokens, lex, log), tokens, lex, log);
  return dropInsideNames(dropPlaces(merged, tokens, lex, log), tokens, lex, titleCased, log);
}

/**
 * A name inside a longer capitalized name is not a mention: "Bank Indonesia", "Universitas
 * Indonesia" (a word that makes names before it); "Jenkins Institute" (a person's name with
 * a capital after it that is no title, entity, day or function word).
 */
function dropInsideNames(
  found: Mention[],
  tokens: Tokens,
  lex: Lexicon,
  titleCased: (block: number) => boolean,
  log: MentionLog | undefined,
): Mention[] {
  const starts = new Set(found.map((m) => m.first));
  return found.filter((m) => {
    const block = tokens.block(m.first);
    const before = m.first - 1;
    if (tokens.block(before) === block && tokens.cap(before) && lex.lang.nameHeads.at(tokens, before)) {
      log?.dropped(m, { why: 'inside', first: m.first - 1, end: m.end });
      return false;
    }
    // In a headline every word is capitalized: a capital after a name says nothing there.
    const written = tokens.text(m.first);
    const shouting = written === written.toUpperCase();
    if (lex.entities[m.entity]!.type !== 'person' || m.form === 'name' || titleCased(block) || shouting) return true;
    const after = m.end;
    if (
      tokens.block(after) !== block ||
      tokens.kind(after) !== Kind.Word ||
      !tokens.cap(after) ||
      !tokens.spaced(after)
    )
      return true;
    const lang = lex.lang;
    const w = tokens.lower(after);
    const known =
      starts.has(m.end) ||
      lang.days.has(w) ||
      lang.stop.has(w) ||
      lang.after.has(w) ||
      lex.titles.firsts.has(w) ||
      lang.degrees.has(w);
    if (!known) log?.dropped(m, { why: 'inside', first: m.first, end: capitalRunEnd(tokens, m.end) });
    return known;
  });
}

/** One past the last of the capitalized words from token i on, in its block. */
function capitalRunEnd(tokens: Tokens, i: number): number {
  const block = tokens.block(i);
  let k = i;
  while (tokens.block(k) === block && tokens.kind(k) === Kind.Word && tokens.cap(k) && tokens.spaced(k)) k++;
  return k;
}

function caseMatches(tokens: Tokens, p: EntityForm, first: number, end: number): boolean {
  if (p.rule === 'any') return true;
  for (let k = first; k < end; k++) if (!caseAccepts(p.rule, p.surface[k - first]!, tokens.text(k))) return false;
  return true;
}

/** Whether a word written `text` is the word `want` of a form under its case rule. */
export function caseAccepts(rule: CaseRule, want: string, text: string): boolean {
  if (rule === 'any') return true;
  const t = plain(text);
  const w = plain(want);
  return t === w || (rule === 'caps' && t === w.toUpperCase() && t !== t.toLowerCase());
}

/** Case kept, diacritics and typographic apostrophes folded: "Erdoğan" reads as "Erdogan". */
function plain(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, NUL included
  return /[^\x00-\x7f]/.test(s)
    ? s
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[’‘ʼ`´]/g, "'")
    : s;
}

/** "Amerika Serikat (AS)", "Organisasi Pakta Pertahanan Atlantik Utara (NATO)": one mention. */
function mergeExpansions(found: Mention[], tokens: Tokens, lex: Lexicon, log: MentionLog | undefined): Mention[] {
  const out: Mention[] = [];
  for (const m of found) {
    if (!tokens.is(m.first - 1, '(') || !tokens.is(m.end, ')') || tokens.block(m.first - 1) !== tokens.block(m.first)) {
      out.push(m);
      continue;
    }
    let first = longFormStart(tokens, m, lex);
    // Never swallow another entity: cut after the last mention of a different one.
    const parts: Mention[] = [];
    while (out.length > 0) {
      const prev = out[out.length - 1]!;
      if (prev.end <= first) break;
      if (prev.entity !== m.entity) {
        first = prev.end;
        break;
      }
      parts.unshift(out.pop()!);
    }
    // "Pasukan Khusus Tentara Nasional Indonesia (TNI)": where the lexicon finds the entity inside
    // the long form, the long form starts there; the words before it name something else.
    if (parts.length > 0) first = parts[0]!.first;
    const words = m.first - 1 - first;
    const sameBefore =
      out.length > 0 && out[out.length - 1]!.end === m.first - 1 && out[out.length - 1]!.entity === m.entity;
    if (words >= 2 || sameBefore) {
      if (sameBefore) {
        const prev = out.pop()!;
        parts.unshift(prev);
        first = prev.first;
      }
      const into = {
        entity: m.entity,
        first,
        end: m.end + 1,
        start: tokens.start(first),
        stop: tokens.end(m.end),
        form: m.form,
      };
      out.push(into);
      log?.merged([...parts, m], into);
    } else {
      for (const p of parts) log?.dropped(p, { why: 'repeated', first: m.first - 1, end: m.end + 1 });
      out.push(m);
    }
  }
  return out;
}

/**
 * Where the long form before a parenthesised mention starts: the run of capitals (and the
 * conjunctions inside names) just before "(", without a title that opens it (Presiden Joko
 * Widodo (Jokowi)). The "(" itself when there is none.
 */
function longFormStart(tokens: Tokens, m: Mention, lex: Lexicon): number {
  const open = m.first - 1;
  let first = open;
  while (first > 0 && tokens.block(first - 1) === tokens.block(m.first)) {
    const k = first - 1;
    if (tokens.kind(k) === Kind.Word && (tokens.cap(k) || lex.lang.longFormConnectors.at(tokens, k))) first--;
    else break;
  }
  while (first < open && !tokens.cap(first)) first++;
  for (let j = first; j < open; ) {
    const title = lex.titles.longest(tokens, j, open, () => true);
    if (!title) break;
    first = title.end;
    j = title.end;
  }
  return first;
}

/**
 * An acronym the text defines for itself wins over the lexicon for the whole document:
 * "Pajak Bumi dan Bangunan (PBB)" makes every PBB of the article the tax, not the United
 * Nations. A long form that is the entity's own ("Perserikatan Bangsa-Bangsa (PBB)") was merged
 * before; one that shares too few of its words with the entity's forms is another thing.
 */
function dropDefined(found: Mention[], tokens: Tokens, lex: Lexicon, log: MentionLog | undefined): Mention[] {
  const defined = new Map<string, { first: number; end: number }>();
  found.forEach((m, n) => {
    if (m.end - m.first !== 1 || !tokens.is(m.first - 1, '(') || !tokens.is(m.end, ')')) return;
    const first = longFormStart(tokens, m, lex);
    // The long form names the entity itself where the lexicon finds it there (mentions are in text order).
    let named = false;
    for (let k = n - 1; k >= 0 && found[k]!.first >= first && !named; k--) named = found[k]!.entity === m.entity;
    if (
      !named &&
      m.first - 1 - first >= 2 &&
      !fits(tokens, first, m.first - 1, lex.entities[m.entity]!, lex.lang.longFormConnectors)
    ) {
      defined.set(`${m.entity}|${tokens.text(m.first)}`, { first, end: m.first - 1 });
    }
  });
  if (defined.size === 0) return found;
  return found.filter((m) => {
    const long = m.end - m.first === 1 ? defined.get(`${m.entity}|${tokens.text(m.first)}`) : undefined;
    if (long) log?.dropped(m, { why: 'defined', ...long });
    return !long;
  });
}

/** Does a long form name the entity: three in four of its words are words of the entity's own forms? */
function fits(tokens: Tokens, first: number, end: number, e: EntityEntry, connectors: ReadonlySet<string>): boolean {
  const own = new Set(
    [e.name, ...e.aliases.map((a: { text: string }) => a.text)].flatMap((f) =>
      f.toLowerCase().split(/[^\p{L}\p{N}]+/u),
    ),
  );
  let words = 0;
  let shared = 0;
  for (let k = first; k < end; k++) {
    if (tokens.kind(k) !== Kind.Word || connectors.has(tokens.lower(k))) continue;
    words++;
    if (own.has(tokens.lower(k))) shared++;
  }
  return words > 0 && shared * 4 >= words * 3;
}

function dropPlaces(found: Mention[], tokens: Tokens, lex: Lexicon, log: MentionLog | undefined): Mention[] {
  return found.filter((m) => {
    if (m.form !== 'metonym') return true;
    const prev = m.first - 1;
    const place = tokens.block(prev) === tokens.block(m.first) && lex.lang.locatives.at(tokens, prev);
    if (place) log?.dropped(m, { why: 'place', first: m.first - 1, end: m.first });
    return !place;
  });
}
