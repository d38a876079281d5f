import { WORD_KIND } from '../lexicon/compile.js';
import type { EntityType } from '../lexicon/types.js';
import { Kind } from '../text/tokenize.js';
import type { Context } from './context.js';
import type { Mention } from './mentions.js';
import { titleAt } from './phrase.js';
import { opensSentence, portfolioEnd, quoted } from './speaker.js';
import { isAcronym, isDegree, wordClass } from './word-class.js';

/**
 * What a name the lexicon does not know names. A place is found only to be kept out of speaker
 * position; a lone capital ("Sunardi") is a person only where the document says so (a cue after
 * it, a title or a person noun before it) or where it is the short form of a longer name.
 */
export type NameType = EntityType | 'place' | 'lone';

/** A name not in the lexicon: tokens [first, end), characters [start, stop). */
export interface Name {
  first: number;
  end: number;
  start: number;
  stop: number;
  type: NameType;
  /**
   * The title written right before a person's name ("Ketua KPK Agus Rahardjo"): its text and
   * organization, and all that stands before the name as written ("Ketua KPK").
   */
  title: NameTitle | null;
  /** What stands between a title and the person's name ("Kepala Pusdalops BNPB Bambang …"). */
  affiliation: string | null;
  /** An acronym given in parentheses right after the name: "Institut Pertanian Bogor (IPB)". */
  short: { text: string; start: number; stop: number } | null;
  /** For a lone capital: something in the sentence makes it a person. */
  personal: boolean;
}

/** A listed person written after a title: "Ketua KPK Agus Rahardjo". */
export interface TitledMention {
  /** The mention's first token. */
  first: number;
  entity: number;
  title: NameTitle;
}

/** A title given with a name: as the lexicon names it, its organization, and the words as written before the name. */
export interface NameTitle {
  text: string;
  org: number | null;
  written: string;
}

/** What the recognizer finds: the unlisted names, and the titles the text gives listed people. */
export interface Names {
  names: Name[];
  titled: TitledMention[];
  /** Acronyms the text defines by the name of a thing ("Pajak Bumi dan Bangunan (PBB)"): no organization's. */
  things?: Set<string>;
  /** Names in a headline ("Raffi Ahmad Sebut Nama …"), cut before the first word that is no name's: people only if the body names them so. */
  headline?: Name[];
}

/** A stretch of a run of capitals, as the segmenter reads it. */
type Part =
  | { kind: 'title'; first: number; end: number; text: string; org: number | null }
  | { kind: 'mention'; first: number; end: number; entity: number }
  | Stretch<'organization'>
  | Stretch<'place'>
  | Stretch<'name'>
  | Stretch<'acronym'>;

interface Stretch<K extends string> {
  kind: K;
  first: number;
  end: number;
}

/**
 * Finds the names the lexicon does not know, in every sentence of the document: runs of
 * capitals cut into titles, organizations (after an organization's head word: Polres, Dewan,
 * PT, Institut …), places (after a place's unit word: Kabupaten, Pulau …), acronyms and
 * people's names. One pass over the tokens; each word's class is asked once.
 */
export function findNames(ctx: Context): Names {
  const { tokens } = ctx;
  const out: Names = { names: [], titled: [], things: new Set(), headline: [] };
  for (const s of ctx.sentences) {
    // A headline capitalizes every word: its names are read where the body writes them; only
    // the titles it gives listed people count ("Menko Luhut: …").
    const kind = ctx.blocks[tokens.block(s.first)]!.kind;
    const headline = kind === 'title' || kind === 'heading';
    let k = s.first;
    while (k < s.last) {
      // Most tokens are lowercase words or punctuation: nothing starts there.
      if (!tokens.cap(k) && !ctx.mentionAt.has(k)) {
        k++;
        continue;
      }
      const end = runEnd(ctx, k, s.last);
      if (end === k) {
        k++;
        continue;
      }
      let first = k;
      // A sentence's first capital is the sentence's: a common word there opens no name.
      if (opensSentence(ctx, first) && !ctx.mentionAt.has(first) && !startsName(ctx, first, end)) first++;
      // "Pembalap asal Spanyol", "keturunan Tionghoa": what follows a word of origin is a place or a people.
      // So does the rest of a run such a word opens ("Warga Baduy Luar", "Suku Dayak").
      const originWords = ctx.lex.lang.originWords;
      const origin = originWords.at(tokens, first - 1) || originWords.at(tokens, first);
      if (first < end && !quoted(ctx, first, end) && !origin) {
        const parts = segment(ctx, first, end);
        if (headline) {
          const heard: Names = { names: [], titled: out.titled, things: out.things };
          emit(ctx, parts, heard);
          for (const n of heard.names) if (n.type !== 'place') out.headline!.push(headlineName(ctx, n));
        } else emit(ctx, parts, out);
      }
      k = end;
    }
  }
  return out;
}

/** A name read in a headline, where every word is capitalized: it ends before a common word or a verb. */
function headlineName(ctx: Context, n: Name): Name {
  let end = n.first + 1;
  while (end < n.end) {
    const t = ctx.tokens.get(end)!;
    const verb = t.lower.length >= 6 && /^(me|ber|di|ter)/.test(t.lower);
    if (t.kind === Kind.Word && (wordClass(ctx, end) !== 'name' || verb)) break;
    end++;
  }
  return { ...n, end, stop: ctx.tokens.get(end - 1)!.end, type: 'lone', personal: false };
}

/** Where the run of capitals that starts at k ends (k itself when none starts there). */
function runEnd(ctx: Context, k: number, last: number): number {
  const { tokens, lex } = ctx;
  const m0 = ctx.mentionAt.get(k);
  if (!m0 && (tokens.kind(k) !== Kind.Word || !tokens.cap(k))) return k;
  const block = tokens.block(k);
  let j = m0 ? m0.end : k + 1;
  while (j < last) {
    if (tokens.block(j) !== block) break;
    const m = ctx.mentionAt.get(j);
    if (m && m.end <= last) {
      j = m.end;
      continue;
    }
    const kind = tokens.kind(j);
    if (kind === Kind.Word && tokens.cap(j)) {
      j++;
      continue;
    }
    const capNext = j + 1 < last && tokens.kind(j + 1) === Kind.Word && tokens.cap(j + 1);
    const prevCap = tokens.cap(j - 1);
    // "Pusat Pelaporan dan Analisis …", "Maliq & D'Essentials": a conjunction inside a name; before
    // an organization's head it joins two ("Polres Lebak dan Polda Banten").
    if (
      (tokens.lower(j) === 'dan' || tokens.is(j, '&')) &&
      capNext &&
      prevCap &&
      !lex.lang.days.at(tokens, j + 1) &&
      !lex.lang.orgHeads.at(tokens, j + 1)
    ) {
      j++;
      continue;
    }
    // "Salman bin Abdulaziz", "al-Saud", "van Persie": the particles of a name.
    if (kind === Kind.Word && lex.lang.nameParticles.at(tokens, j) && prevCap && (capNext || tokens.is(j + 1, '-'))) {
      j++;
      continue;
    }
    // An initial's dot (M. Nuh), a hyphen inside a name (Soekarno-Hatta, al-Saud).
    const glued = !tokens.spaced(j) && tokens.has(j + 1) && !tokens.spaced(j + 1) && tokens.kind(j + 1) === Kind.Word;
    if (
      (tokens.is(j, '.') && tokens.text(j - 1).length === 1 && capNext) ||
      (tokens.is(j, '-') && glued && tokens.kind(j - 1) === Kind.Word)
    ) {
      j++;
      continue;
    }
    // A number inside a name: "Presidium Alumni 212", "Komisi 1 DPR", "Abdullah II".
    if (
      kind === Kind.Number &&
      /^\d{1,4}$/.test(tokens.text(j)) &&
      prevCap &&
      (capNext || lex.lang.orgHeads.at(tokens, j - 2))
    ) {
      j++;
      continue;
    }
    break;
  }
  // A run never ends on its glue.
  while (j > k + 1 && !tokens.cap(j - 1) && tokens.kind(j - 1) !== Kind.Number && !ctx.mentionAt.has(j - 1)) {
    if (isMentionEnd(ctx, k, j)) break;
    j--;
  }
  return j;
}

function isMentionEnd(ctx: Context, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const m = ctx.mentionAt.get(k);
    if (m && m.end === end) return true;
    if (m) k = m.end - 1;
  }
  return false;
}

/** Does a capital at a sentence's start open a name: a name-like word, a title, an organization's head? */
function startsName(ctx: Context, k: number, end: number): boolean {
  const t = ctx.tokens.get(k)!;
  const lang = ctx.lex.lang;
  if (titleAt(ctx, k, end)) return true;
  if (lang.orgHeads.hasWord(t.word) || lang.placeUnits.hasWord(t.word)) return k + 1 < end;
  if (isAcronym(t)) return true;
  return wordClass(ctx, k) === 'name' && k + 1 < end;
}

/** Cuts a run of capitals [first, end) into titles, mentions, organizations, places, acronyms and names. */
function segment(ctx: Context, first: number, end: number): Part[] {
  const { tokens, lex } = ctx;
  const lang = lex.lang;
  const parts: Part[] = [];
  let cur: Part | null = null;
  for (let j = first; j < end; ) {
    const t = tokens.get(j)!;
    const m = ctx.mentionAt.get(j);
    if (m && m.end <= end) {
      const org = cur as Part | null;
      if (org?.kind === 'organization') org.end = beforeAcronym(ctx, m);
      else {
        cur = closed(parts, cur);
        parts.push({ kind: 'mention', first: j, end: m.end, entity: m.entity });
      }
      j = m.end;
      continue;
    }
    const title = titlePart(ctx, j, end);
    if (title) {
      cur = closed(parts, cur);
      parts.push(title);
      j = title.end;
      continue;
    }
    const word = t.kind === Kind.Word && t.cap;
    const c = cur as Part | null;
    if (word && lang.documentHeads.hasWord(t.word) && c?.kind !== 'organization') {
      // "Undang-Undang Nomor 30 Tahun 2002", "Peraturan Menteri Sosial Nomor 79": a document's name, to the run's end.
      cur = closed(parts, cur);
      j = end;
      continue;
    }
    if (word && lang.orgHeads.hasWord(t.word)) {
      if (c?.kind !== 'organization') {
        closed(parts, cur);
        cur = { kind: 'organization', first: j, end: j + 1 };
      } else c.end = j + 1;
      j++;
      continue;
    }
    if (word && lang.placeUnits.hasWord(t.word) && c?.kind !== 'organization') {
      closed(parts, cur);
      cur = { kind: 'place', first: j, end: j + 1 };
      j++;
      continue;
    }
    if (c?.kind === 'organization' || c?.kind === 'place') {
      const next = afterBody(ctx, j, end, c);
      if (next === 'person') {
        closed(parts, cur);
        cur = { kind: 'name', first: j, end: j + 1 };
      } else if (next === 'extend') c.end = j + 1;
      else cur = closed(parts, cur);
      j++;
      continue;
    }
    if (word && isAcronym(t) && !isDegree(ctx, j) && c?.kind !== 'name') {
      cur = closed(parts, cur);
      const acronym = acronymPart(ctx, j, end);
      if (acronym.kind === 'organization') cur = acronym;
      else parts.push(acronym);
      j++;
      continue;
    }
    if (c?.kind === 'name' && (word || !lang.nameConnectors.hasWord(t.word))) c.end = j + 1;
    else if (word) cur = { kind: 'name', first: j, end: j + 1 };
    else cur = closed(parts, cur); // "Retno Marsudi dan Prabowo": two names
    j++;
  }
  cur = closed(parts, cur);
  return parts;
}

/** The part being read, if any, added to the parts: none is read after it. */
function closed(parts: Part[], cur: Part | null): null {
  if (cur) parts.push(cur);
  return null;
}

/** A title at j and its office: as the lexicon names it ("Menko" is "Menteri Koordinator"), with the portfolio written after it. */
function titlePart(ctx: Context, j: number, end: number): Part | null {
  const title = titleAt(ctx, j, end);
  if (!title) return null;
  const office = officeEnd(ctx, title.end, end);
  const portfolio = office.portfolio > title.end ? ` ${text(ctx, title.end, office.portfolio)}` : '';
  return { kind: 'title', first: j, end: office.end, text: title.title + portfolio, org: office.org };
}

/** "SM Entertainment", "DPP Partai Golkar": an acronym that opens a longer name heads an organization. */
function acronymPart(ctx: Context, j: number, end: number): Part {
  const { tokens } = ctx;
  const next = tokens.get(j + 1);
  const opens =
    j + 1 < end && next !== undefined && (next.cap || ctx.mentionAt.has(j + 1)) && !titleAt(ctx, j + 1, end);
  const kind = opens && !ctx.lex.lang.degrees.at(tokens, j) ? 'organization' : 'acronym';
  return { kind, first: j, end: j + 1 };
}

/** "Pasukan Khusus Tentara Nasional Indonesia (TNI)": an organization's name ends before its acronym. */
function beforeAcronym(ctx: Context, m: Mention): number {
  const { tokens } = ctx;
  let stop = m.end;
  if (tokens.get(m.end - 1)!.text === ')') while (stop > m.first && tokens.get(stop - 1)!.text !== '(') stop--;
  return tokens.get(stop - 1)!.text === '(' ? stop - 1 : m.end;
}

/**
 * What the token at j does to an organization's or a place's name being read: a given name
 * after its own words starts a person ("Direktur PT Sinar Mas Abadi Budi Santoso", "Bandara
 * Soekarno-Hatta Agus Haryadi"), a capital or a connector inside an organization extends it,
 * anything else closes it.
 */
function afterBody(ctx: Context, j: number, end: number, c: Part): 'person' | 'extend' | 'close' {
  const { tokens } = ctx;
  const lang = ctx.lex.lang;
  const t = tokens.get(j)!;
  const word = t.kind === Kind.Word && t.cap;
  const initial = tokens.get(j + 1)?.cap === true && tokens.get(j + 1)!.text.length === 1;
  // A given name that is also a word ("Budi", "Putra") starts a person only after a longer name.
  const own = lang.givenAlso.hasWord(t.word) ? 3 : isAcronym(tokens.get(c.first)!) || initial ? 1 : 2;
  const glued = tokens.get(j - 1)!.text === '-' && !t.spaced; // "Soekarno-Hatta" is one name
  if (word && !glued && j - c.first >= own && personStarts(ctx, j, end)) return 'person';
  return word || c.kind === 'organization' || !lang.nameConnectors.hasWord(t.word) ? 'extend' : 'close';
}

/**
 * Does a person's name start at k, inside an organization's or a place's run: a given name, or a
 * word before an initial ("Dollint J Numberry"), with two to four words left?
 */
function personStarts(ctx: Context, k: number, end: number): boolean {
  const t = ctx.tokens.get(k)!;
  const lang = ctx.lex.lang;
  const next = ctx.tokens.get(k + 1);
  const initial = next !== undefined && k + 1 < end && next.cap && next.text.length === 1;
  if (
    !(lang.givenNames.hasWord(t.word) || lang.givenAlso.hasWord(t.word) || initial) ||
    lang.placeWords.hasWord(t.word)
  )
    return false;
  let n = 0;
  for (let j = k; j < end && ctx.tokens.get(j)!.cap && (j === k || !titleAt(ctx, j, end)); j++) n++;
  return n >= 2 && n <= 4;
}

/** What follows a title and belongs to it: the portfolio, an organization's acronym or mention. */
function officeEnd(ctx: Context, k: number, end: number): { portfolio: number; end: number; org: number | null } {
  const portfolio = portfolioEnd(ctx, k, end);
  const m = ctx.mentionAt.get(portfolio);
  if (m && m.end <= end && ctx.lex.entities[m.entity]!.type !== 'person')
    return { portfolio, end: m.end, org: m.entity };
  return { portfolio, end: portfolio, org: null };
}

function text(ctx: Context, first: number, end: number): string {
  return ctx.text.slice(ctx.tokens.get(first)!.start, ctx.tokens.get(end - 1)!.end);
}

/**
 * Turns the parts of a run into names. A title reaches to the last name before the next title:
 * that name is the titled person, and what stands between is the person's affiliation
 * ("Kepala Pusdalops BNPB Bambang Surya Putra"); organizations and places are names of their own.
 */
function emit(ctx: Context, parts: readonly Part[], found: Names): void {
  for (let p = 0; p < parts.length; ) {
    const part = parts[p]!;
    if (part.kind !== 'title') {
      plain(ctx, part, found, null);
      p++;
      continue;
    }
    let q = p + 1;
    while (q < parts.length && parts[q]!.kind !== 'title') q++;
    // The titled one: the last person (listed) or name in the title's reach.
    let person = -1;
    for (let r = q - 1; r > p; r--) {
      const x = parts[r]!;
      if (x.kind === 'name' || (x.kind === 'mention' && ctx.lex.entities[x.entity]!.type === 'person')) {
        person = r;
        break;
      }
    }
    let org = part.org;
    for (let r = p + 1; r < q; r++) {
      const x = parts[r]!;
      if (x.kind === 'mention' && r < person && ctx.lex.entities[x.entity]!.type !== 'person') org ??= x.entity;
      if (r === person) {
        const title = { text: part.text, org, written: text(ctx, part.first, parts[r - 1]!.end) };
        const affiliation = r > p + 1 ? text(ctx, parts[p + 1]!.first, parts[r - 1]!.end) : null;
        plain(ctx, x, found, { title, affiliation });
      } else if (x.kind !== 'name' || person < 0) plain(ctx, x, found, null);
    }
    p = q;
  }
}

/** One part as a name of its own; a titled person carries the title and affiliation. */
function plain(
  ctx: Context,
  part: Part,
  found: Names,
  titled: { title: NameTitle; affiliation: string | null } | null,
): void {
  const { tokens } = ctx;
  const out = found.names;
  switch (part.kind) {
    case 'title':
      return;
    case 'mention':
      if (titled) found.titled.push({ first: part.first, entity: part.entity, title: titled.title });
      return;
    case 'organization': {
      // A run may carry on past the name with its conjunction: "PWI Jawa Timur Akhmad Munir dan …".
      let end = part.end;
      while (end > part.first && !tokens.get(end - 1)!.cap && tokens.get(end - 1)!.kind !== Kind.Number) end--;
      if (end - part.first >= 2) out.push(name(ctx, part.first, end, 'organization', null, null));
      return;
    }
    case 'place':
      out.push(name(ctx, part.first, part.end, 'place', null, null));
      return;
    case 'acronym': {
      // An acronym alone is a person's initials where the sentence says so ("tersangka KL (25)"),
      // an organization where it reports ("PGRI mengingatkan …"); otherwise it may be a law or a
      // term, and the document decides (identity).
      const n = name(ctx, part.first, part.end, 'lone', null, null);
      const text = tokens.get(part.first)!.text;
      if (definesThing(ctx, part.first)) found.things?.add(text);
      if (titled !== null || initials(ctx, part.first, part.end)) {
        n.type = 'person';
        n.personal = true;
      } else if (found.things?.has(text)) n.type = 'lone';
      else if (personal(ctx, part.first, part.end) || organizationLike(ctx, part.first)) n.type = 'organization';
      out.push(n);
      return;
    }
    case 'name': {
      const core = personCore(ctx, givenStart(ctx, part.first, part.end, titled !== null), part.end);
      if (!core) return;
      const n = name(ctx, core.first, core.end, 'lone', titled?.title ?? null, titled?.affiliation ?? null);
      n.personal = personal(ctx, core.first, core.end);
      n.type = typeOf(ctx, core.first, core.end, titled !== null, n.personal);
      out.push(n);
    }
  }
}

/**
 * What a run of name words names. A person where the text says so (a title before it, a cue or
 * reporting verb by it) or where it opens with a given name; an organization where it holds an
 * organization's word ("Sumitomo Corporation", "MNC Group") or opens with "The"; else the
 * document decides (identity: a short form of a person, or a name that speaks elsewhere).
 */
function typeOf(ctx: Context, first: number, end: number, titled: boolean, personal: boolean): NameType {
  const { tokens, lex } = ctx;
  const words = countNameWords(ctx, first, end);
  const after = tokens.get(end);
  // "mantan Wali Kota Surakarta tersebut": after a title, a lone word that a demonstrative follows is the office's place.
  const pointsBack = words === 1 && after !== undefined && lex.lang.demonstratives.hasWord(after.word);
  if (titled && !pointsBack && !lex.lang.places.at(tokens, first)) return 'person';
  if (personal) return 'person';
  if (words < 2) return 'lone';
  if (tokens.get(first)!.lower === 'the') return 'organization';
  for (let k = first; k < end; k++) if (lex.english.orgHeads.at(tokens, k)) return 'organization';
  return lex.lang.givenNames.at(tokens, first) ? 'person' : 'lone';
}

function name(
  ctx: Context,
  first: number,
  end: number,
  type: NameType,
  title: Name['title'],
  affiliation: string | null,
): Name {
  const { tokens } = ctx;
  return {
    first,
    end,
    start: tokens.get(first)!.start,
    stop: tokens.get(end - 1)!.end,
    type,
    title,
    affiliation,
    short: shortAfter(ctx, end),
    personal: false,
  };
}

/** "(IPB)" right after a name: its short form. */
function shortAfter(ctx: Context, end: number): Name['short'] {
  const { tokens } = ctx;
  const open = tokens.get(end);
  const acr = tokens.get(end + 1);
  const close = tokens.get(end + 2);
  if (open?.text !== '(' || close?.text !== ')' || !acr || acr.kind !== Kind.Word || !isAcronym(acr)) return null;
  return { text: acr.text, start: acr.start, stop: acr.end };
}

/**
 * Where a person's name starts inside a stretch of capitals that a title or its length shows to
 * hold more than the name ("Wakil Bupati Sumenep Achmad Fauzi", "Marketing Sea Safari Cruise Eva
 * Tanudjaja"): at the first given name that leaves a name of two to three words.
 */
function givenStart(ctx: Context, first: number, end: number, titled: boolean): number {
  const words = end - first;
  if (words < 3 || (!titled && words < 5)) return first;
  const lang = ctx.lex.lang;
  if (lang.givenNames.at(ctx.tokens, first) && !lang.places.at(ctx.tokens, first)) return first;
  for (let k = first + 1; k <= end - 2; k++) {
    const t = ctx.tokens.get(k)!;
    if (t.cap && lang.givenNames.hasWord(t.word) && end - k <= 3) return k;
  }
  return first;
}

/**
 * The person's name inside a stretch of capitals: read from the right, names and the common
 * words inside a name (Bambang Surya Putra), without degrees and trailing initials (Mahfud MD
 * keeps MD only as written), and without the common words that open it ("Pembalap …").
 */
function personCore(ctx: Context, first: number, end: number): { first: number; end: number } | null {
  const { tokens } = ctx;
  let last = end;
  while (
    last > first &&
    (tokens.get(last - 1)!.text === '.' || tokens.get(last - 1)!.text === '-' || isDegree(ctx, last - 1))
  )
    last--;
  let start = first;
  // "Prof Dr Ir Herry Suhardiyanto": degrees and honorifics before the name.
  while (start < last && (ctx.lex.lang.degrees.at(tokens, start) || tokens.get(start)!.text === '.')) start++;
  while (start < last && (wordClass(ctx, start) !== 'name' || tokens.get(start)!.text === '.')) {
    if (ctx.lex.lang.nameParticles.at(tokens, start)) break;
    start++;
  }
  // "… Mansur Sipinathe Menurut dia": a cue or function word after the name (a full stop lost) is
  // no part of it; a regnal number is ("Abdullah II").
  while (last > start && wordClass(ctx, last - 1) === 'other' && !ROMAN.test(tokens.get(last - 1)!.text)) last--;
  if (start >= last) return null;
  if (last - start > MAX_NAME_TOKENS) return null;
  return countNameWords(ctx, start, last) > 0 ? { first: start, end: last } : null;
}

/** Longer runs of capitals are organizations' or works' names, not people's ("Sheikh Sabah al-Ahmed al-Jaber al-Sabah" is eleven). */
const MAX_NAME_TOKENS = 12;

const ROMAN = /^[IVX]{1,4}$/;

function countNameWords(ctx: Context, first: number, end: number): number {
  let n = 0;
  for (let k = first; k < end; k++) {
    const t = ctx.tokens.get(k)!;
    if (t.kind === Kind.Word && t.cap && t.text.length > 1 && wordClass(ctx, k) !== 'other') n++;
  }
  return n;
}

/**
 * "Pajak Bumi dan Bangunan (PBB)": an acronym in parentheses after a run of capitals that no
 * organization's head word opens stands for a thing (a tax, a law, a programme).
 */
function definesThing(ctx: Context, k: number): boolean {
  const { tokens, lex } = ctx;
  if (tokens.get(k - 1)?.text !== '(' || tokens.get(k + 1)?.text !== ')') return false;
  let first = k - 1;
  while (first > 0 && tokens.get(first - 1)!.block === tokens.get(k)!.block) {
    const t = tokens.get(first - 1)!;
    if (t.kind === Kind.Word && (t.cap || lex.lang.nameConnectors.hasWord(t.word)) && !ctx.mentionAt.has(first - 1))
      first--;
    else break;
  }
  if (k - 1 - first < 2) return false;
  const head = tokens.get(first)!;
  return !lex.lang.orgHeads.hasWord(head.word) && !isAcronym(head) && !lex.lang.givenNames.hasWord(head.word);
}

/**
 * An acronym of three letters or more that is no ordinary word, no unit, law or term the
 * language data knows ("GNPF", "NIVEA"): an organization's, as most acronyms in the news are.
 */
function organizationLike(ctx: Context, k: number): boolean {
  const t = ctx.tokens.get(k)!;
  const lang = ctx.lex.lang;
  if (t.text.length < 3 || lang.common.hasWord(t.word)) return false;
  return ((lang.wordKinds.get(t.lower) ?? 0) & WORD_KIND.notName) === 0;
}

/** "tersangka KL (25)", "Pak AS": a person noun or address before an acronym, or an age after it. */
function initials(ctx: Context, first: number, end: number): boolean {
  const { tokens, lex } = ctx;
  const before = tokens.get(first - 1);
  if (
    before?.kind === Kind.Word &&
    (lex.lang.personNouns.hasWord(before.word) || lex.lang.addresses.hasWord(before.word))
  )
    return true;
  return (
    tokens.get(end)?.text === '(' && tokens.get(end + 1)?.kind === Kind.Number && tokens.get(end + 2)?.text === ')'
  );
}

/**
 * Does the sentence make a lone capital a person: a reporting verb after it ("Sunardi
 * mengatakan"), a cue before it ("kata Sunardi"), a person noun, address or name marker before
 * it ("tersangka KL", "Pak Amung", "disapa Rerie"), or an age after it ("KL (25)")?
 */
function personal(ctx: Context, first: number, end: number): boolean {
  const { tokens, lex } = ctx;
  const lang = lex.lang;
  const before = tokens.get(first - 1);
  const after = tokens.get(end);
  if (before && before.kind === Kind.Word && !before.cap) {
    // "ibunya Florita Balubun": a person noun with its -nya.
    const w = before.lower.endsWith(lang.enclitic) ? before.lower.slice(0, -lang.enclitic.length) : before.lower;
    if (lang.personNouns.has(w) || lang.nameMarkers.has(w) || lang.after.has(w) || lang.addresses.has(w)) return true;
    if (lang.according.has(w) || lang.ownerWords.has(w)) return true; // menurut Isyana, milik Sarka
  }
  // A given name after a word, not opening the sentence: "… tiba-tiba Dimas datang".
  if (end - first === 1 && lang.givenNames.at(tokens, first) && before?.kind === Kind.Word) return true;
  if (before?.cap && lang.addresses.hasWord(before.word)) return true;
  if (after && after.kind === Kind.Word && !after.cap) {
    const w = after.lower;
    if (lang.speech.has(w) || lang.stance.has(w) || lang.after.has(w)) return true;
  }
  if (after?.text === '(' && tokens.get(end + 1)?.kind === Kind.Number && tokens.get(end + 2)?.text === ')')
    return true;
  return false;
}
