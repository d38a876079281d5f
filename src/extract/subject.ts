import { Kind } from '../text/tokenize.js';
import type { Context } from './context.js';
import { isPronoun, looksLikeVerb, readPhrase, startsPhrase, type Phrase } from './phrase.js';
import { headOf, isPerson, type Candidate } from './speaker.js';

/**
 * The subject of the clause whose verb is at token `verb`: the first noun phrase of the
 * clause, after any opening adverbial ("Pekan lalu, …", "Sementara itu, …"). It is the
 * subject, not the nearest name: in "Stoltenberg dalam konferensi pers … dengan Menteri Luar
 * Negeri AS Antony Blinken mengatakan", it is Stoltenberg.
 */
export function subjectBefore(ctx: Context, sentenceFirst: number, verb: number): Phrase | null {
  const start = clauseStart(ctx, sentenceFirst, verb, true);
  if (start < 0) return null;
  // "Kepada pemerintah setempat ia meminta …": a pronoun right before the verb (its adverbs
  // aside) is the subject, whatever the clause opened with.
  let k = verb - 1;
  while (k > start && ctx.lex.lang.adverbs.at(ctx.tokens, k)) k--;
  if (k > start && isPronoun(ctx, ctx.tokens.get(k)!) && ctx.tokens.get(k - 1)!.text !== ',')
    return { first: k, end: k + 1 };
  return readPhrase(ctx, start, verb);
}

/**
 * Where the subject of the clause whose verb is at `verb` starts, or -1 when none can. With
 * `atVerb` (a reporting verb is there, not the sentence's end), a conjunction after another verb
 * opens the clause.
 */
export function clauseStart(ctx: Context, sentenceFirst: number, verb: number, atVerb = false): number {
  const { tokens, lex } = ctx;
  let start = sentenceFirst;
  for (let k = sentenceFirst; k < verb; k++) {
    // A clause never starts inside a quote: after a quote's close, the clause begins anew.
    const q = ctx.insideDirect[k]!;
    if (q >= 0) {
      const close = ctx.quotes[q]!.close;
      if (close < 0 || close >= verb) return -1;
      start = close + 1;
      k = close;
      continue;
    }
    const kind = tokens.kind(k);
    // "Aris terus memaksa Rossy dan dengan mata berkaca-kaca Rossy mengatakan …": a conjunction
    // after a verb of the clause opens a new clause, with its own subject.
    // A contrast ("… kesakitan namun Afifah tetap menuduh …") never ends a list.
    if (kind === Kind.Word) {
      if (!atVerb) continue;
      const contrast = lex.lang.reading.clauseLinks.at(tokens, k);
      if (
        !tokens.cap(k) &&
        (lex.lang.coordinators.at(tokens, k) || contrast) &&
        verbBetween(ctx, start, k) &&
        someoneBetween(ctx, k + 1, verb) &&
        // "… dibintangi oleh A, B, dan C ini bercerita": a name right after it ends a list.
        (contrast || isPronoun(ctx, tokens.get(k + 1)!) || !startsPhrase(ctx, k + 1, verb))
      ) {
        start = k + 1;
      }
      continue;
    }
    if (kind !== Kind.Punct) continue;
    const t = tokens.text(k);
    if (t === ';') start = k + 1;
    // "(ANTARA/M Fikri Setiawan) Kabupaten Bogor (ANTARA) - Penyintas …": a dateline's dash
    // left inside a paragraph opens the clause.
    if (DASHES.has(t) && tokens.spaced(k) && tokens.spaced(k + 1) && tokens.is(k - 1, ')')) start = k + 1;
  }
  for (;;) {
    while (start < verb && (tokens.get(start)!.text === ',' || tokens.get(start)!.kind === Kind.Quote)) start++;
    // "(IST) Cipta menambahkan": a photo credit in brackets before the subject.
    if (tokens.get(start)?.text !== '(') break;
    let close = start + 1;
    while (close < verb && close < start + 8 && tokens.get(close)!.text !== ')') close++;
    if (close >= verb || tokens.get(close)!.text !== ')') break;
    start = close + 1;
  }
  for (let guard = 0; start < verb && guard < 4; guard++) {
    const t = tokens.get(start)!;
    const opener =
      t.kind !== Kind.Word || lex.lang.clauseOpeners.hasWord(t.word) || lex.lang.coordinators.hasWord(t.word);
    if (!opener || ctx.mentionAt.has(start)) break;
    let comma = -1;
    for (let k = start + 1; k < verb; k++) {
      if (tokens.get(k)!.text === ',') {
        comma = k;
        break;
      }
    }
    if (comma >= 0 && comma + 1 < verb) {
      start = comma + 1;
      continue;
    }
    let k = start + 1;
    while (k < verb && !startsPhrase(ctx, k, verb) && !isPronoun(ctx, tokens.get(k)!) && !bareSubject(ctx, k, verb))
      k++;
    if (k >= verb) return -1;
    start = k;
    break;
  }
  return start < verb ? start : -1;
}

const DASHES = new Set(['-', '–', '—']);

/**
 * "Dalam amar putusannya hakim menyatakan …", "Dalam keterangannya polisi menyatakan …": after an
 * opening phrase with no comma, a person noun or a body's noun right before the verb is its subject.
 */
function bareSubject(ctx: Context, k: number, verb: number): boolean {
  const t = ctx.tokens.get(k)!;
  const lang = ctx.lex.lang;
  return (
    k === verb - 1 &&
    t.kind === Kind.Word &&
    (lang.personNouns.hasWord(t.word) || lang.reading.unnamedGroups.hasWord(t.word))
  );
}

/** Does anyone stand between a conjunction and the verb: a name, a title, an entity or a pronoun? (Else the verbs share the subject: "… hadir dan mengatakan …".) */
function someoneBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (startsPhrase(ctx, k, to) || isPronoun(ctx, ctx.tokens.get(k)!)) return true;
  return false;
}

/** Is there a verb (me-, ber-, di-…-kan) among tokens [from, to)? */
function verbBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens.get(k)!;
    if (t.kind === Kind.Word && !t.cap && looksLikeVerb(ctx.lex.lang, t.lower)) return true;
  }
  return false;
}

/** The phrase that starts at the clause's first name, title or entity. */
function firstNamePhrase(ctx: Context, sentenceFirst: number, verb: number): Phrase | null {
  for (let k = sentenceFirst; k < verb; k++) {
    if (ctx.insideDirect[k]! >= 0) return null;
    if (startsPhrase(ctx, k, verb) && !(k === sentenceFirst && ctx.lex.lang.clauseOpeners.at(ctx.tokens, k)))
      return readPhrase(ctx, k, verb);
  }
  return null;
}

/** A clause's speaker: its subject phrase and who that phrase names. */
export interface Subject {
  phrase: Phrase;
  who: Candidate;
}

/**
 * Who speaks in the clause whose verb is at `verb`: the head of the subject phrase; when the
 * clause opens with something that names nobody ("Lewat penghargaan ini Gunawan berharap",
 * a dateline glued to the lead), the person or title right before the verb.
 */
export function subjectOf(ctx: Context, sentenceFirst: number, verb: number): Subject | null {
  const first = subjectBefore(ctx, sentenceFirst, verb);
  const who = first ? headOf(ctx, first) : null;
  // "Dosen yang akrab disapa Gunawan ini menjelaskan": the name given, over the title.
  if (!who || !isPerson(ctx, who)) {
    for (let k = sentenceFirst; k < verb - 1; k++) {
      if (!ctx.lex.lang.nameMarkers.at(ctx.tokens, k)) continue;
      const named = readPhrase(ctx, k + 1, verb);
      const called = named ? headOf(ctx, named) : null;
      if (named && called && isPerson(ctx, called)) return { phrase: named, who: called };
    }
  }
  // "Ancora Foundation Indonesia, melalui direktornya, Zakky Habibi, menegaskan": when the
  // clause opens with an organization, a bare title or a doubtful name, and a likelier person
  // stands right before the verb, that person speaks.
  if (first && who && who.kind !== 'pronoun' && !(who.kind === 'entity' && isPerson(ctx, who))) {
    const near = nearestBefore(ctx, sentenceFirst, verb);
    const read = near && near.first >= first.end ? headOf(ctx, near) : null;
    // "Emir Kuwait dalam panggilan telepon kepada Raja Salman juga mengutuk": a person right
    // after a preposition is its object, not the subject ("Peneliti pada Lembaga X Moh Arfandy"
    // is still the researcher: the name closes the phrase the preposition opened).
    const object =
      read !== null &&
      ctx.lex.lang.prepositions.has(ctx.tokens.get(near!.first - 1)?.lower ?? '') &&
      read.start <= ctx.tokens.get(near!.first)!.end;
    const nearWho = object ? null : read;
    // "Salah seorang warga Kendal yang tinggal di Bogor, Suwaibah, mengaku": after a relative
    // clause, the name set off by commas before the verb.
    const apposed =
      ctx.tokens.get(first.end)?.lower === 'yang' &&
      near !== null &&
      nearWho !== null &&
      commaBefore(ctx, near, nearWho.start);
    if (
      near &&
      nearWho &&
      isPerson(ctx, nearWho) &&
      (!isPerson(ctx, who) || apposed || knownIn(ctx, nearWho) > knownIn(ctx, who))
    ) {
      return { phrase: near, who: nearWho };
    }
  }
  if (first && who) return { phrase: first, who };
  // "Sementara itu Wakil Rektor … Agus Purbo Widodo, S.T., M.M., menyampaikan": the comma
  // closed the name, not the opening adverbial; read from the first name instead.
  const opening = first ? firstNamePhrase(ctx, sentenceFirst, verb) : null;
  // Only a name that runs up to the comma the first reading jumped over.
  const sameName = opening !== null && first !== null && opening.first < first.first && opening.end >= first.first - 1;
  const openingWho = sameName ? headOf(ctx, opening) : null;
  if (opening && openingWho) return { phrase: opening, who: openingWho };
  const near = nearestBefore(ctx, sentenceFirst, verb);
  const nearWho = near ? headOf(ctx, near) : null;
  // Only a person or a title: the nearest organization is too often an object or a source.
  if (near && nearWho && (nearWho.kind === 'title' || nearWho.kind === 'pronoun' || isPerson(ctx, nearWho)))
    return { phrase: near, who: nearWho };
  // "organisasi profesi seperti Persatuan Guru Seluruh Indonesia (PGSI) menilai": a clause that
  // opens with a common noun names its organization right before the verb.
  // So does one that opens with a person noun: "Kader dan pengurus DPD Partai Golkar … menyatakan".
  const lead = first ? ctx.tokens.get(first.first)! : null;
  const common = lead !== null && (!lead.cap || ctx.lex.lang.personNouns.hasWord(lead.word));
  if (near && nearWho && first && !who && common) return { phrase: near, who: nearWho };
  return null;
}

/** Whether a comma stands right before the name that starts at `start` within a phrase. */
function commaBefore(ctx: Context, p: Phrase, start: number): boolean {
  for (let i = p.first; i < p.end; i++)
    if (ctx.tokens.get(i)!.start === start) return ctx.tokens.get(i - 1)?.text === ',';
  return false;
}

/** How many words of a candidate's name the news uses for people (a listed person: all). */
function knownIn(ctx: Context, c: Candidate): number {
  if (c.kind === 'entity') return Infinity;
  if (c.kind !== 'unlisted') return 0;
  return c.name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => ctx.lex.lang.names.has(w)).length;
}

/** The name phrase that ends right before the verb (adverbs and a comma may stand between). */
function nearestBefore(ctx: Context, sentenceFirst: number, verb: number): Phrase | null {
  const { tokens, lex } = ctx;
  let k = verb - 1;
  // "…, Atip Latipulhayat, yang menegaskan": adverbs, a relative "yang" and a comma may intervene.
  for (;;) {
    while (
      k >= sentenceFirst &&
      (lex.lang.adverbs.at(tokens, k) ||
        tokens.get(k)!.text === ',' ||
        tokens.get(k)!.lower === 'yang' ||
        lex.lang.days.at(tokens, k))
    )
      k--;
    // "Teguh Suprianto di Banjarmasin, Senin, mengatakan": a place after di is an adjunct.
    if (k >= sentenceFirst + 1 && tokens.get(k)!.cap && lex.lang.locatives.at(tokens, k - 1)) {
      k -= 2;
      continue;
    }
    break;
  }
  const end = k + 1;
  // "…, Jakarta Selatan pada Selasa (15/10/2024), ia mengaku": a pronoun right before the verb.
  if (k >= sentenceFirst && isPronoun(ctx, tokens.get(k)!)) return { first: k, end: k + 1 };
  while (k >= sentenceFirst) {
    const t = tokens.get(k)!;
    const prev = tokens.get(k - 1);
    if (ctx.insideDirect[k]! >= 0) break;
    if (t.cap || (t.text === '.' && prev?.text.length === 1) || (t.text === '-' && !t.spaced)) k--;
    else if (t.kind === Kind.Number && tokens.get(k - 1)?.text === '-') k--;
    else if ((t.text === ',' || t.lower === 'dan') && prev?.cap && tokens.get(k + 1)?.cap) k--;
    else if (t.text === ')') {
      let open = k - 1;
      while (open > k - 10 && open >= sentenceFirst && tokens.get(open)!.text !== '(') open--;
      if (open < sentenceFirst || tokens.get(open)!.text !== '(') break;
      k = open - 1;
    } else break;
  }
  const start = k + 1;
  return start < end ? readPhrase(ctx, start, end) : null;
}
