import type { CueEntry } from '../lexicon/compile.js';
import type { Sentence } from '../text/sentences.js';
import { Kind } from '../text/tokenize.js';
import { isReadable, type Context } from './context.js';
import { isOpening, onlyTime, readContent, stripEnclitic, type Content } from './content.js';
import { event, type Event } from './events.js';
import { readPhrase } from './phrase.js';
import { antecedent, negated, readingOf, shellOf } from './reading.js';
import { encliticPronoun, headOf, loneName, mayNamePerson, type Candidate } from './speaker.js';
import { clauseStart, subjectOf } from './subject.js';

/** How far a stance word may stand from its subject ("NATO juga sangat khawatir"). */
const STANCE_GAP = 3;
/** How far into a sentence a note looks for a person before giving up. */
const NOTE_LOOK = 8;
/** The confidence says how the words read, too: a fragment is no sure claim, whoever said it. */
function readConfidence(ctx: Context, first: number, end: number, confidence: number): number {
  const reading = readingOf(ctx, first, end);
  const c = ctx.lex.confidence;
  if (reading === 'fragment') return Math.min(confidence, c.fragment);
  return reading === 'predicate' ? Math.min(confidence, c.predicate) : confidence;
}

/**
 * Finds reported speech outside quotation marks, sentence by sentence: speech verbs
 * (X mengatakan bahwa …), stance words (NATO khawatir …), passives (Hal tersebut diungkapkan
 * X), cue nouns (tuduhan AS bahwa …) and menurut X. Each yields an event with its speaker
 * phrase and content; a cue whose content is a quote only leads into that quote.
 */
export function scanClaims(ctx: Context): Event[] {
  const events: Event[] = [];
  ctx.sentences.forEach((s) => {
    if (!isReadable(ctx.blocks[s.block]!)) return;
    const before = events.length;
    let previous: Event | null = null;
    for (let j = s.first; j < s.last; j++) {
      if (ctx.insideDirect[j]! >= 0 || ctx.tokens.kind(j) !== Kind.Word || !ctx.lex.lang.cueWords.at(ctx.tokens, j))
        continue;
      const found = cueAt(ctx, s, j, previous);
      if (!found) continue;
      events.push(found.event);
      previous = found.event;
      j = Math.max(j, found.resume - 1);
    }
    // A sentence with a cue tells the discourse its speaker; one without may still name a person.
    if (events.length === before) noteSubject(ctx, s, events);
  });
  return events;
}

interface Found {
  event: Event;
  resume: number;
}

function cueAt(ctx: Context, s: Sentence, j: number, previous: Event | null): Found | null {
  const lang = ctx.lex.lang;
  const t = ctx.tokens.get(j)!;
  const lower = t.lower;
  // A cue that follows quotes is written in lowercase inside a sentence; a capital there is
  // part of a name ("Komunitas Perahu Kata Batola"). Menurut is capitalized only where a
  // sentence starts, even when the period before it was lost.
  const prev = ctx.tokens.get(j - 1);
  if (t.cap && j > s.first && prev?.kind === Kind.Word && lang.after.has(lower)) return null;
  let cue: CueEntry | undefined;
  // "X meminta maaf atas …": a verb and the noun after it that name an act of their own.
  if ((cue = lang.phrases.get(lower)?.get(ctx.tokens.get(j + 1)?.lower ?? ''))) return active(ctx, s, j, cue, previous);
  if ((cue = lang.speech.get(lower))) return active(ctx, s, j, cue, previous);
  // "X merasa bahwa …", "Ia menggambarkan, …": a verb that reports only before a marked clause.
  const next = ctx.tokens.get(j + 1);
  if ((cue = lang.clause.get(lower)) && next && (next.text === ',' || lang.complementizers.hasWord(next.word)))
    return active(ctx, s, j, cue, previous);
  if ((cue = lang.stance.get(lower))) return stance(ctx, s, j, cue);
  if ((cue = lang.passive.get(lower))) return passive(ctx, s, j, cue);
  if ((cue = lang.nominal.get(lower))) {
    const found = nominal(ctx, s, j, cue);
    if (found) return found;
  }
  if (lang.reading.accountNouns.has(lower)) return account(ctx, s, j);
  if (lang.according.has(lower) || lang.according.has(stripEnclitic(lower, lang.enclitic))) return according(ctx, s, j);
  if (lang.reading.accordingEnclitic.has(lower) && ctx.tokens.get(j + 1)?.text === ',') return according(ctx, s, j);
  if ((cue = lang.after.get(lower))) return inlineCue(ctx, s, j, cue);
  return null;
}

/** X mengatakan (bahwa) … — and "… dan menambahkan …" with the same subject. */
function active(ctx: Context, s: Sentence, j: number, cue: CueEntry, previous: Event | null): Found | null {
  const before = ctx.tokens.get(j - 1);
  // "… dan menambahkan …", and "Hal ini diungkapkan Edy Gunawan dari Dinkes yang menyatakan …":
  // a verb joined to the sentence's earlier cue keeps its speaker.
  const relative = before?.lower === 'yang' && previous?.who != null;
  const joined =
    before !== undefined &&
    (ctx.lex.lang.coordinators.hasWord(before.word) || ctx.lex.lang.reading.mannerJoins.hasWord(before.word));
  // "Rossy mengatakan …, lalu Dimas menghibur Rossy dan bertanya …": a clause with a subject of
  // its own between the two verbs gives the second its own speaker.
  // ("… hal itu dan dukungan China … menunjukkan … dan menambahkan …" opens none: "dan" may join two objects.)
  const coordinated =
    previous !== null && before !== undefined && (joined || relative) && !opensAnew(ctx, s, j, previous);
  let who: Candidate | null = null;
  let lastWord = s.last;
  if (!coordinated) {
    who = subjectOf(ctx, s.first, j)?.who ?? null;
    if (!who) {
      // "Meskipun mengaku awalnya minder, tapi Thatie berhasil …": a subordinate clause with
      // no subject of its own takes the main clause's, after its comma.
      const main = mainSubject(ctx, s, j);
      if (!main) return null;
      ({ who, comma: lastWord } = main);
    }
  }
  // "Jokowi tidak merinci …", "belum bisa menyebutkan …": the verb reports nothing.
  if (negated(ctx, s.first, j)) return null;
  const content = readContent(ctx, j + cue.words, lastWord, true);
  const extra: Partial<Event> = {
    follow: coordinated ? previous : null,
    confidence: who?.kind === 'pronoun' ? ctx.lex.confidence['pronoun-subject'] : ctx.lex.confidence.subject,
  };
  // "Polri membenarkan kabar tersebut": the words are the sentence before.
  const shell = content.lead < 0 ? shellOf(ctx, content.first, content.end) : null;
  if (shell === 'similar') return noteOnly(j, who, content.end);
  if (shell === 'anaphor') {
    const claim = antecedent(ctx, s);
    if (!claim) return noteOnly(j, who, content.end);
    const ev = event(j, { who, cue: { first: j, end: j + cue.words }, kind: cue.kind, claim, ...extra });
    return { event: ev, resume: Math.max(content.end, j + 1) };
  }
  return claimEvent(ctx, j, cue, who, content, extra);
}

/** Has a clause of its own, after "lalu" or "namun", begun between the previous cue and the verb at j? */
function opensAnew(ctx: Context, s: Sentence, j: number, previous: Event): boolean {
  if (!previous.cue) return false;
  const start = clauseStart(ctx, s.first, j, true);
  return start > previous.cue.end && ctx.lex.lang.reading.clauseLinks.has(ctx.tokens.get(start - 1)?.lower ?? '');
}

/** How far into a subordinate clause its reporting verb may stand ("Meskipun sempat mengaku"). */
const SUBORDINATE_REACH = 3;

/**
 * The subject of the main clause, for a reporting verb in a subordinate clause that opens the
 * sentence with no subject of its own ("Meski mengaku kecewa, Budi tetap …", "Sambil
 * menunjukkan foto, Ani mengatakan …"), and the comma that ends the subordinate clause.
 */
function mainSubject(ctx: Context, s: Sentence, j: number): { who: Candidate; comma: number } | null {
  const { tokens, lex } = ctx;
  const opener = tokens.get(s.first)!;
  const subordinate = lex.lang.clauseOpeners.hasWord(opener.word) || lex.lang.reading.mannerJoins.hasWord(opener.word);
  if (!subordinate || j - s.first > SUBORDINATE_REACH) return null;
  let comma = j + 1;
  while (comma < s.last && tokens.get(comma)!.text !== ',') comma++;
  let k = comma + 1;
  while (k < s.last && lex.lang.reading.clauseLinks.at(tokens, k)) k++;
  if (k >= s.last) return null;
  const phrase = readPhrase(ctx, k, s.last);
  const who = phrase ? headOf(ctx, phrase) : null;
  return who && who.kind !== 'title' ? { who, comma } : null;
}

/** NATO khawatir mengenai … / dia yakin … : the content keeps its preposition. */
function stance(ctx: Context, s: Sentence, j: number, cue: CueEntry): Found | null {
  const subject = subjectOf(ctx, s.first, j);
  if (!subject || j - subject.phrase.end > STANCE_GAP) return null;
  const who = subject.who;
  const content = readContent(ctx, j + 1, s.last, true);
  if (content.end - content.first < 2) return null;
  return claimEvent(ctx, j, cue, who, content, { confidence: ctx.lex.confidence.stance });
}

/** Hal tersebut diungkapkan (oleh) Sekjen NATO Jens Stoltenberg. */
function passive(ctx: Context, s: Sentence, j: number, cue: CueEntry): Found | null {
  const { tokens } = ctx;
  let who: Candidate | null;
  let resume = j + 1;
  if (cue.pronoun) {
    who = encliticPronoun(ctx, j);
  } else {
    let k = j + 1;
    if (tokens.get(k)?.lower === 'oleh') k++;
    let phrase = readPhrase(ctx, k, s.last);
    // "Ditambahkan Sugito, Rizieq keberatan …": opening the sentence, a speaker read past its
    // comma ends there, the clause after it being what was said.
    const after = phrase ? tokens.get(phrase.end) : undefined;
    if (j === s.first && phrase && after?.text !== ',' && !ctx.lex.lang.complementizers.has(after?.lower ?? '')) {
      let comma = k;
      while (comma < s.last && tokens.get(comma)!.text !== ',') comma++;
      const short = comma < phrase.end ? readPhrase(ctx, k, comma) : null;
      if (short && short.end === comma) phrase = short;
    }
    who = phrase ? headOf(ctx, phrase) : null;
    if (phrase) resume = phrase.end;
  }
  // "Dikatakan, pimpinan akan …": no speaker named; the one who has just spoken.
  if (!who && j === s.first && tokens.get(j + 1)?.text === ',' && j + 2 < s.last) {
    return claimEvent(ctx, j, cue, null, readContent(ctx, j + 2, s.last, true), {
      context: true,
      confidence: ctx.lex.confidence['last-speaker'],
    });
  }
  if (!who) return null;
  // "Dikatakan Irwan, pihaknya akan …", "Dikatakan Rudy bahwa …": a passive that opens the
  // sentence puts the content after.
  const then = tokens.get(resume);
  if (
    j === s.first &&
    then &&
    (then.text === ',' || ctx.lex.lang.complementizers.hasWord(then.word)) &&
    resume + 1 < s.last
  ) {
    return claimEvent(ctx, j, cue, who, readContent(ctx, resume + 1, s.last, true), {
      passive: true,
      confidence: ctx.lex.confidence.passive,
    });
  }
  let first = s.first;
  for (let k = s.first; k < j; k++) if (tokens.is(k, ';') || ctx.insideDirect[k]! >= 0) first = k + 1;
  let end = j;
  while (end > first && (tokens.get(end - 1)!.text === ',' || tokens.get(end - 1)!.kind === Kind.Quote)) end--;
  if (end <= first) return null;
  // "Hal tersebut diungkapkan X" stands for the sentence before; "Hal senada disampaikan X"
  // and "Demikian dikatakan X" say nothing of their own.
  const shell = shellOf(ctx, first, end, true);
  if (shell === 'similar') return noteOnly(j, who, resume);
  const range =
    shell === 'anaphor' ? antecedent(ctx, s) : { start: tokens.get(first)!.start, end: tokens.get(end - 1)!.end };
  if (!range) return noteOnly(j, who, resume);
  const ev = event(j, {
    who,
    passive: true,
    cue: { first: j, end: j + 1 },
    kind: cue.kind,
    claim: range,
    confidence:
      shell === 'anaphor' ? ctx.lex.confidence.passive : readConfidence(ctx, first, end, ctx.lex.confidence.passive),
  });
  return { event: ev, resume };
}

/** tuduhan AS bahwa … */
function nominal(ctx: Context, s: Sentence, j: number, cue: CueEntry): Found | null {
  const { tokens, lex } = ctx;
  let k = j + 1;
  if (tokens.get(k)?.lower === 'dari' || tokens.get(k)?.lower === 'oleh') k++;
  const phrase = readPhrase(ctx, k, s.last);
  if (!phrase || !tokens.get(phrase.end) || !lex.lang.complementizers.at(tokens, phrase.end)) return null;
  const who = headOf(ctx, phrase);
  if (!who) return null;
  const content = readContent(ctx, phrase.end, s.last, true);
  return claimEvent(ctx, j, cue, who, content, { confidence: ctx.lex.confidence.nominal });
}

/**
 * A sentence opened by someone's account: "Berdasarkan keterangan dari Bupati Lebak, …", "Dalam
 * keterangan pers Humas IPB, …", "Dalam keterangan persnya, …", "Dari penuturan saksi, …". The
 * author speaks; what follows the comma is the claim. An account someone received ("keterangan
 * yang diterima wartawan") names no author.
 */
function account(ctx: Context, s: Sentence, j: number): Found | null {
  const { tokens, lex } = ctx;
  const r = lex.lang.reading;
  const opener = tokens.get(j - 1);
  if (!opener || !r.accountOpeners.hasWord(opener.word)) return null;
  const start = clauseStart(ctx, s.first, s.last);
  if (j - 1 !== s.first && j - 1 !== start && tokens.get(j - 2)?.text !== ',') return null;
  let comma = j + 1;
  while (comma < s.last && tokens.get(comma)!.text !== ',') comma++;
  if (comma + 1 >= s.last) return null;
  let k = j;
  while (k + 1 < comma && tokens.get(k + 1)!.kind === Kind.Word && r.accountModifiers.at(tokens, k + 1)) k++;
  let who: Candidate | null;
  let aside = false;
  if (k + 1 === comma && tokens.get(k)!.lower.endsWith(lex.lang.enclitic)) who = encliticPronoun(ctx, k);
  else if (tokens.get(k + 1)!.kind === Kind.Word && !tokens.get(k + 1)!.cap && !lex.lang.personNouns.at(tokens, k + 1))
    return null;
  else {
    const phrase = readPhrase(ctx, k + 1, comma);
    who = phrase && phrase.end === comma ? headOf(ctx, phrase) : null;
    if (!who && (who = description(ctx, k + 1, comma, s.last))) aside = true;
  }
  if (!who) return null;
  // "Dari penjelasan Presiden, Sri Haryati menyimpulkan …": a speaker of its own after the
  // comma draws on the account; the claim is theirs.
  const content = readContent(ctx, comma + 1, s.last, true);
  for (let m = content.first; m < content.end; m++) {
    const w = tokens.get(m)!.lower;
    if (lex.lang.speech.has(w) || lex.lang.stance.has(w)) return null;
  }
  return claimEvent(ctx, j, { kind: 'statement', pronoun: false, words: 1 }, who, content, {
    confidence: ctx.lex.confidence.account,
    aside,
  });
}

/**
 * A speaker described, not named: "Menurut pria berusia 42 tahun ini, …" points back to the
 * last person; "Menurut salah satu peserta, …" is a speaker the text leaves unnamed.
 */
function description(ctx: Context, first: number, comma: number, last: number): Candidate | null {
  const { tokens, lex } = ctx;
  if (comma >= last || comma - first > 7 || tokens.get(first)!.cap) return null;
  let noun = first;
  while (noun < comma && lex.lang.personQuantifiers.at(tokens, noun)) noun++;
  if (noun >= comma || !lex.lang.personNouns.at(tokens, noun)) return null;
  const start = tokens.get(first)!.start;
  const pointsBack = lex.lang.demonstratives.at(tokens, comma - 1);
  if (pointsBack && comma - first < 2) return null;
  const end = tokens.get(pointsBack ? comma - 2 : comma - 1)!.end;
  return {
    kind: 'title',
    title: ctx.text.slice(start, end),
    org: null,
    start,
    end: tokens.get(comma - 1)!.end,
    anaphoric: pointsBack,
  };
}

/** Menurut X, … / …, menurut X. / Menurutnya, … */
function according(ctx: Context, s: Sentence, j: number): Found | null {
  const { tokens, lex } = ctx;
  const found = lex.lang.according.at(tokens, j)
    ? accordingTo(ctx, s, j)
    : { who: encliticPronoun(ctx, j), after: j + 1 };
  if (!found?.who) return null;
  const who = found.who;
  let after = found.after;
  const cue: CueEntry = { kind: 'statement', pronoun: false, words: 1 };
  // "Menurut Muhammad yang juga pengurus PC-NU Majene, …": the content starts after the comma.
  if (tokens.get(after)?.lower === 'yang') {
    let comma = after;
    while (comma < s.last && tokens.get(comma)!.text !== ',') comma++;
    if (comma < s.last) after = comma;
  }
  if (tokens.get(after)?.text === ',' && after + 1 < s.last) {
    return claimEvent(ctx, j, cue, who, readContent(ctx, after + 1, s.last, true), {
      confidence: ctx.lex.confidence.according,
    });
  }
  // "Menurut dia tak sedikit …", "menurut Sandi artinya …": after a short speaker the content
  // may follow without a comma, right after the speaker's name.
  let next = j + 1;
  while (next < s.last && tokens.get(next)!.start < who.end) next++;
  // "menurut Nino RAN tidak ada …": initials after the name still belong to the speaker.
  while (
    next < s.last &&
    next - j <= 3 &&
    tokens.get(next)!.cap &&
    tokens.get(next)!.text === tokens.get(next)!.text.toUpperCase()
  )
    next++;
  if (next < s.last && tokens.get(next)!.kind === Kind.Word && !tokens.get(next)!.cap && next - j <= 3) {
    return claimEvent(ctx, j, cue, who, readContent(ctx, next, s.last, true), {
      confidence: ctx.lex.confidence['according-short'],
    });
  }
  return closingAccording(ctx, s, j, who, after);
}

/**
 * Who "Menurut X" names, and the token after them: "Menurut Stoltenberg, …" (the comma closes
 * the speaker, never an apposition), "…, menurut laporan pemerintah daerah" (the account's
 * author), "Menurut Kepala Sekolah MAN 1 Batam, Rudy Hartono, bahwa …" (a title, then its name,
 * an apposition or two later).
 */
function accordingTo(ctx: Context, s: Sentence, j: number): { who: Candidate | null; after: number } {
  const { tokens, lex } = ctx;
  let comma = j + 1;
  while (comma < s.last && tokens.get(comma)!.text !== ',') comma++;
  let from = j + 1;
  const r = lex.lang.reading;
  if (r.accountNouns.has(tokens.get(from)?.lower ?? '')) {
    from++;
    while (from < comma && r.accountModifiers.at(tokens, from)) from++;
  }
  const phrase = readPhrase(ctx, from, comma);
  let who = phrase ? headOf(ctx, phrase) : null;
  let after = phrase?.end ?? j + 1;
  if (!who && (who = description(ctx, j + 1, comma, s.last) ?? (comma === j + 2 ? loneName(ctx, j + 1) : null)))
    after = comma;
  for (
    let from = comma, n = 0;
    phrase && who?.kind !== 'entity' && who?.kind !== 'unlisted' && tokens.get(from)?.text === ',' && n < 3;
    n++
  ) {
    let next = from + 1;
    while (next < s.last && tokens.get(next)!.text !== ',') next++;
    const named = readPhrase(ctx, from + 1, next);
    const person = named && named.end === next ? headOf(ctx, named) : null;
    const solid =
      person?.kind === 'entity' ||
      (person?.kind === 'unlisted' && (person.name.includes(' ') || ctx.lex.lang.names.has(person.name.toLowerCase())));
    if (named && person && solid) {
      who = person;
      after = named.end;
    }
    from = next;
  }
  return { who, after };
}

/** "…, menurut X." closes the sentence: the content is what came before. */
function closingAccording(ctx: Context, s: Sentence, j: number, who: Candidate, after: number): Found | null {
  const { tokens } = ctx;
  const closes = after >= s.last || tokens.get(after)!.kind === Kind.Punct;
  if (!closes || tokens.get(j - 1)?.text !== ',') return null;
  const content = readContent(ctx, s.first, j - 1, false);
  if (content.end - content.first < 2) return null;
  const ev = event(j, {
    who,
    cue: { first: j, end: j + 1 },
    kind: 'statement',
    confidence: ctx.lex.confidence['according-closing'],
    claim: { start: tokens.get(content.first)!.start, end: tokens.get(content.end - 1)!.end },
  });
  return { event: ev, resume: after };
}

/**
 * A cue word of the kind that follows quotes, used inside reported speech:
 * "Kata Jokowi: "…"" (it leads into a quote), "Kemendikdasmen, kata Rusprita, berupaya …"
 * (the content follows the parenthesis), "Masih kata Harif, …", "…, kata dia." (the content
 * came before it). A cue right after a quote's closing mark belongs to that quote.
 */
function inlineCue(ctx: Context, s: Sentence, j: number, cue: CueEntry): Found | null {
  const { tokens } = ctx;
  let back = j - 1;
  while (back >= s.first && tokens.get(back)!.text === ',') back--;
  if (back >= s.first && tokens.get(back)!.kind === Kind.Quote) return null;
  // "Untuk nilainya, …": after a preposition the word is a noun (its value), not a cue.
  if (ctx.lex.lang.prepositions.has(tokens.get(j - 1)?.lower ?? '')) return null;
  // The speaker runs to the next comma: "kata Rusprita, berupaya …".
  let comma = j + 1;
  while (comma < s.last && tokens.get(comma)!.text !== ',' && tokens.get(comma)!.text !== ':') comma++;
  let who: Candidate | null;
  let after: number;
  if (cue.pronoun) {
    who = encliticPronoun(ctx, j);
    after = j + 1;
  } else {
    const phrase = readPhrase(ctx, j + 1, comma);
    who = phrase ? headOf(ctx, phrase) : null;
    after = phrase?.end ?? j + 1;
    if (!who && (who = description(ctx, j + 1, comma, s.last))) after = comma;
  }
  if (!who) return null;
  const next = tokens.get(after);
  // Kata Jokowi: "…"
  if (next && (next.text === ':' || next.text === ',') && isOpening(ctx, after + 1)) {
    return {
      event: event(j, {
        who,
        cue: { first: j, end: j + 1 },
        kind: cue.kind,
        lead: after + 1,
        confidence: ctx.lex.confidence['inline-lead'],
      }),
      resume: after + 1,
    };
  }
  const opens = j - s.first <= 2 || tokens.get(j - 1)!.text === ',';
  // ", kata Kemlu RI, Rabu (5/3)." closes the sentence with the time it was said.
  const timed = next?.text === ',' && onlyTime(ctx, after, s.last);
  if (next?.text === ',' && opens && after + 1 < s.last && !timed) {
    return claimEvent(ctx, j, cue, who, readContent(ctx, after + 1, s.last, true), {
      confidence: ctx.lex.confidence['inline-cue'],
    });
  }
  // "…, kata dia." closes the sentence: the content is the clause before.
  // ", Rabu (5/3)." after the speaker is the time it was said.
  const closes =
    after >= s.last || (tokens.get(after)!.kind === Kind.Punct && (tokens.get(after)!.text !== ',' || timed));
  if (closes && tokens.get(j - 1)?.text === ',') {
    const content = readContent(ctx, s.first, j - 1, false);
    if (
      content.end - content.first >= 2 &&
      !ctx.quotes.some((q) => q.open >= content.first && q.open < content.end && q.kind === 'direct')
    ) {
      const ev = event(j, {
        who,
        cue: { first: j, end: j + 1 },
        kind: cue.kind,
        confidence: ctx.lex.confidence['inline-cue'],
        claim: { start: tokens.get(content.first)!.start, end: tokens.get(content.end - 1)!.end },
      });
      return { event: ev, resume: after };
    }
  }
  return null;
}

/** "Hal senada disampaikan X": no claim, but X has spoken, for the pronouns after. */
function noteOnly(j: number, who: Candidate | null, resume: number): Found | null {
  return who ? { event: event(j, { who, noteOnly: true }), resume: Math.max(resume, j + 1) } : null;
}

function claimEvent(
  ctx: Context,
  j: number,
  cue: CueEntry,
  who: Candidate | null,
  content: Content,
  extra: Partial<Event>,
): Found | null {
  const { tokens } = ctx;
  // "Elvy menambahkan, “.”": marks with no words in them say nothing.
  let words = false;
  for (let k = content.first; k < content.end && !words; k++) words = tokens.get(k)!.kind === Kind.Word;
  const hasContent = words;
  if (!hasContent && content.lead < 0) return null;
  const claim = hasContent ? { start: tokens.get(content.first)!.start, end: tokens.get(content.end - 1)!.end } : null;
  const ev = event(j, {
    who,
    cue: { first: j, end: j + cue.words },
    kind: cue.kind,
    claim,
    lead: content.lead,
    ...extra,
  });
  if (claim) ev.confidence = readConfidence(ctx, content.first, content.end, ev.confidence);
  return { event: ev, resume: Math.max(content.end, j + cue.words) };
}

/** A sentence that opens with a named person makes that person salient for pronouns. */
function noteSubject(ctx: Context, s: Sentence, events: Event[]): void {
  // A sentence quoted whole names no subject of the article's own.
  const q = ctx.insideDirect[s.first]!;
  if (q >= 0 && (ctx.quotes[q]!.close < 0 || ctx.quotes[q]!.close >= s.last - 1)) return;
  const start = clauseStart(ctx, s.first, s.last);
  if (start < 0) return;
  // Most sentences open with no one: look for a person's name or title before reading the phrase.
  let someone = false;
  for (let k = start; k < s.last && k < start + NOTE_LOOK && !someone; k++) someone = mayNamePerson(ctx, k, s.last);
  if (!someone) return;
  const phrase = readPhrase(ctx, start, s.last);
  const who = phrase ? headOf(ctx, phrase) : null;
  if (!phrase || !who || who.kind === 'pronoun') return;
  // "Menteri itu akhirnya tiba", "Emir Kuwait … mengutuk": a title opening the sentence is its subject too.
  if (who.kind === 'title') {
    if (who.start === ctx.tokens.get(phrase.first)!.start) events.push(event(phrase.first, { who, noteOnly: true }));
    return;
  }
  // A subject goes on with its predicate; a list item does not ("…, Nahdatul Ulama (NU), serta lainnya").
  const then = ctx.tokens.get(phrase.end)?.text === ',' ? ctx.tokens.get(phrase.end + 1) : undefined;
  if (then && ctx.lex.lang.coordinators.hasWord(then.word)) return;
  // Nor does a noun tied to what follows ("Bosda bagi murid jenjang TK …").
  if (ctx.lex.lang.prepositions.has(ctx.tokens.get(phrase.end)?.lower ?? '')) return;
  // The person heads the phrase, or follows a title or an apposition's comma; not a name
  // inside another noun ("Kunjungan kenegaraan Putin").
  let comma = false;
  for (let k = phrase.first; k < phrase.end && ctx.tokens.get(k)!.start < who.start; k++)
    if (ctx.tokens.get(k)!.text === ',') comma = true;
  const starts = who.start === ctx.tokens.get(phrase.first)!.start || who.title !== null || comma;
  if (!starts) return;
  if (who.kind === 'entity' && ctx.lex.entities[who.entity]!.type !== 'person') return;
  if (who.kind === 'unlisted' && who.type !== 'person') return;
  events.push(event(phrase.first, { who, noteOnly: true }));
}
