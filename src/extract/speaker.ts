import type { EntityType } from '../lexicon/types.js';
import { Kind, type Token } from '../text/tokenize.js';
import type { Context } from './context.js';
import type { Mention } from './mentions.js';
import { isPronoun, titleAt, type Phrase } from './phrase.js';
import { isAcronym, isDegree, wordClass } from './word-class.js';

/** Who a phrase names, before coreference: an entity, an unlisted name, a bare title or a pronoun. */
export type Candidate =
  | {
      kind: 'entity';
      entity: number;
      start: number;
      end: number;
      title: string | null;
      /** The title and what follows it before the name, as written ("Kabid Humas Polda Banten"). */
      role?: string | null;
    }
  | {
      kind: 'unlisted';
      name: string;
      type: EntityType;
      start: number;
      end: number;
      title: string | null;
      affiliation: string | null;
      role?: string | null;
    }
  | {
      kind: 'title';
      title: string;
      org: number | null;
      start: number;
      end: number;
      anaphoric: boolean;
      /** A body nobody names ("Polisi", "Pihak berwenang") rather than a person's office. */
      group?: boolean;
    }
  | { kind: 'pronoun'; plural: boolean; enclitic: boolean; start: number; end: number };

/** The -nya of a cue word (ujarnya, menurutnya, dikatakannya) as a pronoun speaker. */
export function encliticPronoun(ctx: Context, i: number): Candidate {
  const t = ctx.tokens.get(i)!;
  return { kind: 'pronoun', plural: false, enclitic: true, start: t.end - ctx.lex.lang.enclitic.length, end: t.end };
}

/** Could a person's name or title start at token k: a listed person, a title, a name-like capital? */
export function mayNamePerson(ctx: Context, k: number, limit: number): boolean {
  const m = ctx.mentionAt.get(k);
  if (m) return ctx.lex.entities[m.entity]!.type === 'person';
  const t = ctx.tokens.get(k)!;
  if (t.kind !== Kind.Word || !t.cap) return false;
  return titleAt(ctx, k, limit) !== null || wordClass(ctx, k) === 'name';
}

/** "Menurut Arthur, …": a lone capital between menurut and its comma names a person, even a place's name. */
export function loneName(ctx: Context, i: number): Candidate | null {
  const t = ctx.tokens.get(i)!;
  if (t.kind !== Kind.Word || !t.cap || isAcronym(t) || t.text.length < 3 || ctx.mentionAt.has(i)) return null;
  const lang = ctx.lex.lang;
  if (lang.stop.hasWord(t.word) || lang.days.hasWord(t.word) || lang.orgHeads.hasWord(t.word) || isPronoun(ctx, t))
    return null;
  return unlisted(ctx, { first: i, end: i + 1 }, 'person', null);
}

/** A person named in a phrase: a lexicon mention or a run of capitals read as a name. */
interface Person {
  first: number;
  end: number;
  entity: number | null;
  /** How many of its words the news uses as people's names. */
  known: number;
}

/**
 * The head of a speaker phrase. A person wins over anything else in it ("Menteri Luar Negeri
 * AS Antony Blinken" is Blinken, not AS); then a bare title, resolved later by coreference or
 * by date ("Sekjen NATO"); then an organization or state.
 */
export function headOf(ctx: Context, p: Phrase): Candidate | null {
  const pronoun = pronounHead(ctx, p);
  if (pronoun) return pronoun;
  const parts = readParts(ctx, p);
  const governed = governmentSpeaker(ctx, p, parts.people);
  if (governed) return governed;
  return personHead(ctx, p, parts) ?? bodyHead(ctx, p, parts);
}

/** What a speaker phrase holds: its title, organization, a unit of one, the names, the runs of capitals. */
interface Parts {
  title: { title: string; start: number; end: number; after: number } | null;
  org: { entity: number; start: number; end: number } | null;
  unit: { first: number; end: number } | null;
  people: Person[];
  runs: { first: number; end: number }[];
  /** The capitals of the run being read, from this token (-1: none). */
  run: number;
  /** After "Darmono, pendiri …" the capitals name what the person founded, leads or comes from. */
  described: boolean;
}

/** "dia", "mereka"; and "…, kami berharap …" outside quotation marks: the speaker of the moment. */
function pronounHead(ctx: Context, p: Phrase): Candidate | null {
  const lex = ctx.lex;
  const first = ctx.tokens.get(p.first)!;
  if (p.end - p.first !== 1) return null;
  if (isPronoun(ctx, first)) {
    return {
      kind: 'pronoun',
      plural: lex.lang.pluralPronouns.hasWord(first.word),
      enclitic: false,
      start: first.start,
      end: first.end,
    };
  }
  // A person or the organization speaking as "we" ("kita" is too often everyone).
  if (lex.lang.firstPerson.hasWord(first.word) && first.lower !== 'kita') {
    return { kind: 'pronoun', plural: false, enclitic: true, start: first.start, end: first.end };
  }
  return null;
}

/** Reads a phrase's mentions, titles, places, brackets and runs of capitals, left to right. */
function readParts(ctx: Context, p: Phrase): Parts {
  const { tokens, lex } = ctx;
  const parts: Parts = { title: null, org: null, unit: null, people: [], runs: [], run: -1, described: false };
  for (let k = p.first; k < p.end; ) {
    const t = tokens.get(k)!;
    const m = ctx.mentionAt.get(k);
    if (m && m.end <= p.end) {
      closeRun(ctx, parts, k);
      mentionPart(ctx, p, k, m, parts);
      k = m.end;
      continue;
    }
    const office = titlePart(ctx, p, k);
    if (office) {
      closeRun(ctx, parts, k);
      parts.title ??= office.title;
      k = office.end;
      continue;
    }
    if (t.kind === Kind.Word && lex.lang.placeUnits.hasWord(t.word)) {
      closeRun(ctx, parts, k);
      k = placeEnd(ctx, k + 1, p.end);
      continue;
    }
    if (t.text === '(') {
      closeRun(ctx, parts, k);
      while (k < p.end && tokens.get(k)!.text !== ')') k++;
      k++;
      continue;
    }
    const next = tokens.get(k + 1);
    const run = parts.run;
    // Only when the phrase opened with the name: "Kandidat doktor … Kobe University, dokter Adam Prabata" is not one.
    const named =
      run >= 0 && (run === p.first || (parts.title !== null && tokens.get(run - 1)?.end === parts.title.end));
    const describes =
      t.text === ',' && named && next?.kind === Kind.Word && !next.cap && !lex.lang.stop.hasWord(next.word);
    const capital = t.kind === Kind.Word && t.cap;
    const initialDot = t.text === '.' && run >= 0 && tokens.get(k - 1)!.text.length === 1;
    // "Maki Katsuno-Hayashikawa": a hyphen inside a name.
    const hyphen = t.text === '-' && run >= 0 && !t.spaced && next?.cap === true && !next.spaced;
    if (capital || initialDot || hyphen) {
      if (run < 0) parts.run = k;
    } else {
      closeRun(ctx, parts, k);
    }
    if (describes) parts.described = true;
    k++;
  }
  closeRun(ctx, parts, p.end);
  return parts;
}

/** Ends the run of capitals before k: the name in it, if any, is a candidate person. */
function closeRun(ctx: Context, parts: Parts, k: number): void {
  const run = parts.run;
  parts.run = -1;
  if (run < 0) return;
  parts.runs.push({ first: run, end: k });
  const name = nameIn(ctx, run, k);
  if (!name) return;
  // A name inside an organization's name ("Universitas Bina Darma") is a weak candidate.
  // ("SD Darmono" is a man's initials: only a written-out head counts right before the name.)
  const orgLed = name.first > 0 && (writtenHead(ctx, name.first - 1) || (name.first !== run && writtenHead(ctx, run)));
  parts.people.push({
    first: name.first,
    end: name.end,
    entity: null,
    known: parts.described || orgLed ? -1 : knownWords(ctx, name.first, name.end),
  });
}

/** An organization's head word written out, not an acronym ("Universitas", not "SD"). */
function writtenHead(ctx: Context, i: number): boolean {
  return ctx.lex.lang.orgHeads.at(ctx.tokens, i) && !isAcronym(ctx.tokens.get(i)!);
}

/** A lexicon mention in a phrase: a person, or the organization (or a unit of one) it names. */
function mentionPart(ctx: Context, p: Phrase, k: number, m: Mention, parts: Parts): void {
  const { tokens, lex } = ctx;
  // "Pembalap asal Spanyol itu": a state after a word of origin says where the person is from.
  const origin = k > p.first && lex.lang.originWords.at(tokens, k - 1);
  // "melalui Twitter", "akun Instagram": a platform after a channel word carries the words, it says none.
  const channel = k > 0 && lex.lang.channels.at(tokens, k - 1) && lex.entities[m.entity]!.tags.includes('platform');
  if (lex.entities[m.entity]!.type === 'person') {
    parts.people.push({ first: k, end: m.end, entity: m.entity, known: Infinity });
    return;
  }
  if (origin || channel) return;
  // "DPD Partai Golkar Provinsi Jawa Barat": an acronym right before an organization's head
  // word is a unit of that organization, a body of its own.
  const next = tokens.get(m.end);
  if (
    parts.org === null &&
    next?.cap &&
    lex.lang.orgHeads.hasWord(next.word) &&
    isAcronym(tokens.get(k)!) &&
    m.end - k === 1
  ) {
    let end = m.end;
    while (end < p.end && (tokens.get(end)!.cap || ctx.mentionAt.has(end))) end++;
    parts.unit ??= { first: k, end };
  }
  parts.org ??= { entity: m.entity, start: m.start, end: m.stop };
}

/** A title at k, with the portfolio and office after it, and where the office ends. */
function titlePart(ctx: Context, p: Phrase, k: number): { title: NonNullable<Parts['title']>; end: number } | null {
  const { tokens } = ctx;
  const t = tokens.get(k)!;
  let tt = titleAt(ctx, k, p.end);
  if (!tt) return null;
  // "Wakil Menteri Pendidikan Dasar dan Menengah": a title that goes on as a longer one.
  const longer = tt.end - k > 1 ? titleAt(ctx, tt.end - 1, p.end) : null;
  if (longer && longer.end > tt.end) {
    const head = ctx.text.slice(t.start, tokens.get(tt.end - 2)!.end);
    tt = { end: longer.end, title: `${head} ${longer.title}` };
  }
  const office = officeEnd(ctx, tt.end, p.end);
  const portfolio = ctx.text.slice(tokens.get(tt.end - 1)!.end, tokens.get(office.portfolio - 1)!.end);
  return {
    title: {
      title: tt.title + portfolio,
      start: t.start,
      end: tokens.get(office.end - 1)!.end,
      after: office.portfolio,
    },
    end: office.end,
  };
}

/** The person a phrase names, with the title and affiliation it gives them, if it names one. */
function personHead(ctx: Context, p: Phrase, parts: Parts): Candidate | null {
  const { tokens, lex } = ctx;
  const { title, org } = parts;
  let person = choosePerson(ctx, parts.people) ?? loneWord(ctx, p, parts.runs);
  const after = tokens.get(p.end);
  const pointsBack = after !== undefined && lex.lang.demonstratives.hasWord(after.word);
  // "mantan Wali Kota Surakarta tersebut": one word after a title, pointed back at, is the office's place.
  if (person && title && pointsBack && person.entity === null && person.end - person.first === 1) person = null;
  // "film 'Merah Putih Memanggil'": a name in quotation marks is a work's title.
  if (person && quoted(ctx, person.first, person.end)) person = null;
  if (!person) return null;
  const name = title?.title ?? null;
  const role = title ? writtenRole(ctx, title, person.first) : null;
  if (person.entity !== null) {
    const m = ctx.mentionAt.get(person.first)!;
    return { kind: 'entity', entity: person.entity, start: m.start, end: m.stop, title: name, role };
  }
  return unlisted(ctx, person, 'person', name, affiliationOf(ctx, org, title?.after ?? null, person), role);
}

/**
 * A title as the phrase writes it: before the name, all up to the name ("Kepala Pusdalops BNPB"
 * of "Kepala Pusdalops BNPB Bambang Surya Putra"); after it, the title and its office.
 */
function writtenRole(ctx: Context, title: { start: number; end: number }, person: number): string {
  const name = ctx.tokens.get(person)!.start;
  const end = title.start < name ? ctx.tokens.get(person - 1)!.end : title.end;
  return ctx.text.slice(title.start, Math.max(end, title.end)).replace(/[\s,]+$/, '');
}

/** No person: a description that points back, an organization, a title alone, a body nobody names. */
function bodyHead(ctx: Context, p: Phrase, parts: Parts): Candidate | null {
  const { tokens, lex } = ctx;
  const { title, org, unit, runs } = parts;
  const lead = tokens.get(p.first)!;
  const after = tokens.get(p.end);
  const pointsBack = after !== undefined && lex.lang.demonstratives.hasWord(after.word);
  if (pointsBack && (!lead.cap || opensSentence(ctx, p.first)) && lex.lang.personNouns.hasWord(lead.word)) {
    // "kata alumnus Universitas Indonesia (UI) tersebut": a description that points back.
    return described(ctx, p, { anaphoric: true });
  }
  // "Pasal 2 …", "Program …": a law's, a programme's or an event's name says nothing.
  if (lead.cap && lex.lang.documentHeads.hasWord(lead.word)) return null;
  if (
    lead.cap &&
    lex.lang.orgHeads.hasWord(lead.word) &&
    !ctx.mentionAt.has(p.first) &&
    (!title || title.start > lead.start)
  ) {
    // "Federasi Serikat Guru Indonesia (FSGI) mengatakan": the organization, titles and all.
    let k = p.first;
    while (k < p.end && (tokens.get(k)!.cap || tokens.get(k)!.lower === 'dan' || ctx.mentionAt.has(k))) k++;
    // "Pemerintah daerah menyebutkan …": the head alone, then common words, names no one.
    if (k === p.first + 1 && p.end > k) return unnamedGroup(ctx, p);
    return unlisted(ctx, { first: p.first, end: k }, 'organization', null);
  }
  if (title) {
    // "Ketua PGRI Kota Bogor itu", "Mantan Kepala Staf TNI AD ini": a title that points back.
    return {
      kind: 'title',
      title: title.title,
      org: org?.entity ?? null,
      start: title.start,
      end: org && org.end > title.end ? org.end : title.end,
      anaphoric: pointsBack,
    };
  }
  if (unit) return unlisted(ctx, unit, 'organization', null);
  if (org) return { kind: 'entity', entity: org.entity, start: org.start, end: org.end, title: null };
  const orgRun = runs.find((r) => lex.lang.orgHeads.at(tokens, r.first));
  if (orgRun) return unlisted(ctx, orgRun, 'organization', null);
  // "PGRI mengingatkan …": an acronym the lexicon does not know is an organization.
  const acronym =
    isAcronym(lead) &&
    lead.text.length >= 3 &&
    !lex.lang.degrees.hasWord(lead.word) &&
    !lex.lang.common.hasWord(lead.word);
  if (acronym) return unlisted(ctx, { first: p.first, end: p.first + 1 }, 'organization', null);
  return unnamedGroup(ctx, p);
}

/** A phrase that describes its speaker rather than naming them, as an unnamed title. */
function described(ctx: Context, p: Phrase, how: { anaphoric: boolean; group?: boolean }): Candidate {
  const start = ctx.tokens.get(p.first)!.start;
  const end = ctx.tokens.get(p.end - 1)!.end;
  return { kind: 'title', title: ctx.text.slice(start, end), org: null, start, end, ...how };
}

/** The most words an unnamed body's phrase may have ("pihak kepolisian setempat"). */
const GROUP_MAX = 4;

/** "Polisi mengatakan …", "Pihak berwenang menyatakan …": a body nobody names speaks. */
function unnamedGroup(ctx: Context, p: Phrase): Candidate | null {
  const { tokens } = ctx;
  const lead = tokens.get(p.first)!;
  const reading = ctx.lex.lang.reading;
  if (p.end - p.first > GROUP_MAX || !reading.unnamedGroups.hasWord(lead.word)) return null;
  const after = tokens.get(p.end);
  if (after && (after.text === ',' || after.text === '(' || reading.exampleMarkers.hasWord(after.word))) return null;
  for (let k = p.first + 1; k < p.end; k++) if (tokens.get(k)!.kind !== Kind.Word || tokens.get(k)!.cap) return null;
  return described(ctx, p, { anaphoric: false, group: true });
}

/**
 * "Seorang pejabat senior administrasi Trump …": an official nobody names, of the government a
 * listed leader heads, speaks for the state he leads (the state of his last role that is one).
 */
function governmentSpeaker(ctx: Context, p: Phrase, people: readonly Person[]): Candidate | null {
  const { tokens, lex } = ctx;
  const leader = people.find(
    (x) => x.entity !== null && lex.lang.reading.governmentOf.has(tokens.get(x.first - 1)?.lower ?? ''),
  );
  if (!leader) return null;
  let official = false;
  for (let k = p.first; k < leader.first && !official; k++) official = lex.lang.anonymousTitles.at(tokens, k);
  if (!official) return null;
  const roles = lex.entities[leader.entity!]!.roles;
  for (let i = roles.length - 1; i >= 0; i--) {
    const org = roles[i]!.org === undefined ? undefined : lex.index.get(roles[i]!.org!);
    if (org === undefined || lex.entities[org]!.type !== 'state') continue;
    const m = ctx.mentionAt.get(leader.first)!;
    return { kind: 'entity', entity: org, start: m.start, end: m.stop, title: null };
  }
  return null;
}

/**
 * Which person a phrase names when it names several. Words the news uses for people make a
 * name likelier than words it does not ("Abdian Saputra, Koordinator Ekajaya Fast Boat"); among
 * equals, the last, as names close title phrases ("Kepala Pusdalops BNPB Bambang Surya Putra",
 * "Kabid Humas Polda Sultra, Kombes Pol Iis Kristian").
 */
function choosePerson(ctx: Context, people: readonly Person[]): Person | null {
  // "… adik Presiden Prabowo Subianto, Hashim Djojohadikusumo": the name the apposition ends with.
  const last = people[people.length - 1];
  const solid = last !== undefined && (last.end - last.first > 1 || last.known > 0);
  if (last && solid && people.length > 1 && ctx.tokens.get(last.first - 1)?.text === ',') return last;
  // Else the last of those the lexicon's words make most likely a name.
  let chosen: Person | null = null;
  let best = -Infinity;
  for (const x of people) {
    const likely = Math.min(x.known, 1);
    if (likely >= best) {
      chosen = x;
      best = likely;
    }
  }
  return chosen;
}

/** A lone capital right after the cue is a name even when it is also a word ("kata Hari"). */
function loneWord(ctx: Context, p: Phrase, runs: readonly { first: number; end: number }[]): Person | null {
  const only = runs[0];
  if (runs.length !== 1 || only!.first !== p.first || only!.end !== only!.first + 1) return null;
  if (opensSentence(ctx, only!.first) || wordClass(ctx, only!.first) !== 'common') return null;
  return { ...only!, entity: null, known: 0 };
}

function knownWords(ctx: Context, first: number, end: number): number {
  let n = 0;
  for (let k = first; k < end; k++) if (ctx.lex.lang.names.at(ctx.tokens, k)) n++;
  return n;
}

/**
 * What follows a title and belongs to it: the portfolio ("Menteri Agama", "Deputi Bidang
 * Neraca dan Analisis") and an organization's acronym ("Dirjen GTK", "Kapolda NTB").
 */
function officeEnd(ctx: Context, k: number, end: number): { portfolio: number; end: number } {
  const { tokens, lex } = ctx;
  const portfolio = portfolioEnd(ctx, k, end);
  k = portfolio;
  while (k < end && isAcronym(tokens.get(k)!) && !ctx.mentionAt.has(k) && !lex.lang.degrees.at(tokens, k)) k++;
  // "Sekda Kabupaten Sukabumi": the place the office is of.
  if (k < end && tokens.get(k)!.cap && lex.lang.placeUnits.at(tokens, k)) k = placeEnd(ctx, k + 1, end);
  return { portfolio, end: k };
}

/** Where the portfolio after a title ends: "Menteri Agama", "Deputi Bidang Neraca dan Analisis". */
export function portfolioEnd(ctx: Context, k: number, end: number): number {
  const { tokens, lex } = ctx;
  const isPortfolio = (i: number) => tokens.get(i)!.cap && lex.lang.portfolios.at(tokens, i);
  while (k < end && (isPortfolio(k) || (tokens.get(k)!.lower === 'dan' && k + 1 < end && isPortfolio(k + 1)))) k++;
  return k;
}

/** A place after its unit word: one capitalized word, and the words that continue a place's name. */
function placeEnd(ctx: Context, k: number, end: number): number {
  const t = ctx.tokens.get(k);
  if (!t || k >= end || t.kind !== Kind.Word || !t.cap) return k;
  k++;
  while (k < end && ctx.tokens.get(k)!.cap && ctx.lex.lang.placeWords.at(ctx.tokens, k)) k++;
  return k;
}

/** Does token i open its sentence (or a quote, a bracket, what follows a colon)? */
export function opensSentence(ctx: Context, i: number): boolean {
  const prev = ctx.tokens.get(i - 1);
  return (
    ctx.sentences[ctx.sentenceOf[i]!]!.first === i ||
    !prev ||
    prev.kind === Kind.Quote ||
    prev.text === '(' ||
    prev.text === ':'
  );
}

/**
 * The person's name at the end of a run of capitals, read from the right: names, and common
 * words inside a name (Bambang Surya Putra), but not the organization's words before it
 * (Penanganan Fakir Miskin Kementerian Sosial | Asep Sasa Purnama). Degrees and initials after
 * the name are left out (Nuryaningsih, M.Pd.; Mahfud MD). Null when no name is left.
 */
function nameIn(ctx: Context, first: number, end: number): { first: number; end: number } | null {
  const { tokens } = ctx;
  let last = end;
  while (
    last > first &&
    (tokens.get(last - 1)!.text === '.' ||
      isDegree(ctx, last - 1) ||
      (isAcronym(tokens.get(last - 1)!) && tokens.get(last - 1)!.text.length <= 3))
  )
    last--;
  let start = last;
  let words = 0;
  for (let k = last - 1; k >= first && last - k <= MAX_NAME_WORDS; k--) {
    const c = wordClass(ctx, k);
    if (c === 'other') break;
    if (c === 'common' && !(k > first && wordClass(ctx, k - 1) === 'name')) break;
    if (c === 'name' && tokens.get(k)!.text.length > 1) words++;
    start = k;
  }
  while (start < last && (wordClass(ctx, start) !== 'name' || tokens.get(start)!.text === '.')) start++;
  // A name has a word of two letters at least: "S.T." and "M.T." are degrees.
  return words > 0 && start < last ? { first: start, end: last } : null;
}

/** Longer runs of capitals are organizations' names, not people's. */
const MAX_NAME_WORDS = 5;

function unlisted(
  ctx: Context,
  r: { first: number; end: number },
  type: EntityType,
  title: string | null,
  affiliation: string | null = null,
  role: string | null = null,
): Candidate {
  const start = ctx.tokens.get(r.first)!.start;
  const end = ctx.tokens.get(r.end - 1)!.end;
  return { kind: 'unlisted', name: ctx.text.slice(start, end), type, start, end, title, affiliation, role };
}

/**
 * Who an unlisted person speaks for: what stands between the title and the name ("Kepala
 * Pusdalops BNPB Bambang Surya Putra" → Pusdalops BNPB), else an entity in the phrase.
 */
function affiliationOf(
  ctx: Context,
  org: { entity: number } | null,
  after: number | null,
  person: { first: number },
): string | null {
  const { tokens } = ctx;
  if (after !== null && after < person.first) {
    let first = after;
    let end = person.first;
    for (let k = first; k < end; k++) {
      if (titleAt(ctx, k, end)) {
        end = k; // "Polda Metro Jaya Komisaris Besar Yusri Yunus": the rank is no part of it
        break;
      }
    }
    while (first < end && /^[,(]$/.test(tokens.get(first)!.text)) first++;
    while (end > first && /^[,)]$/.test(tokens.get(end - 1)!.text)) end--;
    if (end > first) return ctx.text.slice(tokens.get(first)!.start, tokens.get(end - 1)!.end);
  }
  return org ? ctx.lex.entities[org.entity]!.name : null;
}

/** Is [first, end) inside quotation marks of its own ('Cinta Silver', "Merah Putih")? */
export function quoted(ctx: Context, first: number, end: number): boolean {
  const before = ctx.tokens.get(first - 1);
  const after = ctx.tokens.get(end);
  // Marks glued to the name on both sides hold the name alone.
  return isMark(before) && isMark(after) && !ctx.tokens.get(first)!.spaced && !after!.spaced;
}

/** A quotation mark (a straight ' is an apostrophe to the tokenizer, and a mark here). */
function isMark(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === Kind.Quote || t.text === "'");
}

/** Whether a candidate is a person: a listed one, or a name the text gives for one. */
export function isPerson(ctx: Context, c: Candidate): boolean {
  if (c.kind === 'unlisted') return c.type === 'person';
  return c.kind === 'entity' && ctx.lex.entities[c.entity]!.type === 'person';
}
