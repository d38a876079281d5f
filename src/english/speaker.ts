// Who an English speaker phrase names: a listed person, an unlisted name (a run of capitals
// the tagger takes for a person, or two to four capitalized words), a title resolved later
// ("the NATO Secretary-General"), a pronoun, or an organization or state that speaks.
import type { Context } from '../extract/context.js';
import { titleAt } from '../extract/phrase.js';
import type { Candidate } from '../extract/speaker.js';
import { Kind, type Token } from '../text/tokenize.js';

export type Tagged = ReadonlyMap<number, 'person' | 'place' | 'organization'>;

/**
 * The speaker named in tokens [first, end). `prefer` picks among several people: the first
 * (a subject before its verb: "Stoltenberg, after meeting Blinken, said") or the last.
 */
export function englishSpeaker(
  ctx: Context,
  tagged: Tagged,
  from: number,
  to: number,
  prefer: 'first' | 'last' = 'first',
): Candidate | null {
  const span = trimmed(ctx, from, to);
  if (!span) return null;
  const short = shortHead(ctx, span.first, span.end);
  if (short) return short;
  const parts = englishParts(ctx, tagged, span.first, span.end);
  const person = prefer === 'first' ? parts.people[0] : parts.people[parts.people.length - 1];
  return person ?? bodyHead(ctx, parts);
}

/** What an English speaker phrase holds: the people in it, its title, its organization, a run that names one. */
interface EnglishParts {
  people: Candidate[];
  title: { title: string; start: number; end: number } | null;
  org: { entity: number; start: number; end: number } | null;
  orgRun: { first: number; end: number } | null;
}

/** The phrase without the commas, full stops and quotation marks around it. */
function trimmed(ctx: Context, first: number, end: number): { first: number; end: number } | null {
  const { tokens } = ctx;
  while (first < end && (tokens.get(first)!.text === ',' || tokens.get(first)!.kind === Kind.Quote)) first++;
  const edge = (t: Token) => t.text === ',' || t.text === '.' || t.kind === Kind.Quote;
  while (end > first && edge(tokens.get(end - 1)!)) end--;
  return first < end ? { first, end } : null;
}

/** "the judge", "the official" (the person named before); a pronoun. */
function shortHead(ctx: Context, first: number, end: number): Candidate | null {
  const { tokens } = ctx;
  const en = ctx.lex.english;
  const lead = tokens.get(first)!;
  if (end - first === 2 && lead.lower === 'the' && en.personNouns.at(tokens, first + 1)) {
    const noun = tokens.get(first + 1)!;
    return { kind: 'title', title: noun.text, org: null, start: lead.start, end: noun.end, anaphoric: true };
  }
  if (end - first !== 1 || lead.kind !== Kind.Word) return null;
  if (en.pronouns.hasWord(lead.word))
    return { kind: 'pronoun', plural: false, enclitic: false, start: lead.start, end: lead.end };
  if (en.pluralPronouns.hasWord(lead.word))
    return { kind: 'pronoun', plural: true, enclitic: false, start: lead.start, end: lead.end };
  return null;
}

/** Reads the phrase's mentions, titles and runs of capitals, left to right. */
function englishParts(ctx: Context, tagged: Tagged, first: number, end: number): EnglishParts {
  const { tokens, lex } = ctx;
  const en = lex.english;
  const parts: EnglishParts = { people: [], title: null, org: null, orgRun: null };
  let k = first;
  while (k < end) {
    const t = tokens.get(k)!;
    const m = ctx.mentionAt.get(k);
    if (m && m.end <= end) {
      if (lex.entities[m.entity]!.type === 'person') {
        const title = parts.title?.title ?? null;
        const role = parts.title ? ctx.text.slice(parts.title.start, parts.title.end) : null;
        parts.people.push({ kind: 'entity', entity: m.entity, start: m.start, end: m.stop, title, role });
      } else {
        parts.org ??= { entity: m.entity, start: m.start, end: m.stop };
      }
      k = m.end;
      continue;
    }
    const tt = titleAt(ctx, k, end);
    if (tt) {
      parts.title ??= { title: tt.title, start: t.start, end: tokens.get(tt.end - 1)!.end };
      k = tt.end;
      continue;
    }
    if (t.kind === Kind.Word && t.cap && !(k === first && en.stop.hasWord(t.word))) {
      k = capitalRun(ctx, tagged, first, end, k, parts);
      continue;
    }
    k++;
  }
  return parts;
}

/** A run of capitals at k: an organization's name, or a person's; returns where it ends. */
function capitalRun(ctx: Context, tagged: Tagged, first: number, end: number, k: number, parts: EnglishParts): number {
  const { tokens, lex } = ctx;
  const en = lex.english;
  let r = k;
  while (r < end && isNameWord(ctx, r, end)) r++;
  const run = { first: k, end: r };
  // "Supreme Court", "Ministry of Defence": a run with an organization's word names one.
  if (tokens.list(run.first, run.end).some((x) => en.orgHeads.hasWord(x.word))) {
    // Capitalized words before it are its own ("State Department", "Foreign Ministry",
    // "Belfast's High Court"); a listed owner is named with it below ("Russia's Foreign Ministry").
    const owned = (b: number) =>
      tokens.get(b)!.kind === Kind.Word &&
      tokens.get(b)!.cap &&
      !ctx.mentionAt.has(b) &&
      !(b === first && en.stop.at(tokens, b));
    for (let b = run.first - 1; b >= first; b--) {
      if (owned(b)) run.first = b;
      else if (!(tokens.get(b)!.text === "'s" && b > first && owned(b - 1))) break;
    }
    parts.orgRun ??= run;
    return Math.max(r, k + 1);
  }
  // "Minister of Humanitarian Affairs Steve Mbikayi": where the tagger marks people, the
  // name is their words; else the run's last words.
  const name = lastWords(ctx, run) ?? taggedName(tagged, run) ?? run;
  const words = tokens.list(name.first, name.end).filter((x) => x.kind === Kind.Word).length;
  // A word is a person when the tagger says so, or when it is the whole phrase and closed a
  // full name earlier ("Simon Coveney … ," Coveney said").
  const person =
    taggedName(tagged, run) !== null ||
    (words === 1 && run.first === first && run.end === end && closedNameBefore(ctx, name.first));
  const place = [...Array(run.end - run.first).keys()].some(
    (i) => tagged.get(run.first + i) === 'place' || tagged.get(run.first + i) === 'organization',
  );
  if (words >= 1 && (person || (words >= 2 && !place))) {
    const start = tokens.get(name.first)!.start;
    const stop = tokens.get(name.end - 1)!.end;
    parts.people.push({
      kind: 'unlisted',
      name: ctx.text.slice(start, stop),
      type: 'person',
      start,
      end: stop,
      title: parts.title?.title ?? null,
      affiliation: parts.org ? lex.entities[parts.org.entity]!.name : null,
      role: parts.title ? ctx.text.slice(parts.title.start, parts.title.end) : null,
    });
  }
  return Math.max(r, k + 1);
}

/** No person: the title (resolved later), an organization of a state ("Russia's Foreign Ministry"), an organization. */
function bodyHead(ctx: Context, parts: EnglishParts): Candidate | null {
  const { tokens, lex } = ctx;
  const { title, org, orgRun } = parts;
  if (title) {
    const stop = org && org.end > title.end ? org.end : title.end;
    return {
      kind: 'title',
      title: title.title,
      org: org?.entity ?? null,
      start: title.start,
      end: stop,
      anaphoric: false,
    };
  }
  if (org && orgRun && tokens.get(orgRun.first - 1)?.text === "'s" && tokens.get(orgRun.first - 1)!.start === org.end) {
    const stop = tokens.get(orgRun.end - 1)!.end;
    const name = ctx.text.slice(org.start, stop);
    const affiliation = lex.entities[org.entity]!.name;
    return { kind: 'unlisted', name, type: 'organization', start: org.start, end: stop, title: null, affiliation };
  }
  if (org) return { kind: 'entity', entity: org.entity, start: org.start, end: org.end, title: null };
  if (!orgRun) return null;
  const start = tokens.get(orgRun.first)!.start;
  const stop = tokens.get(orgRun.end - 1)!.end;
  const name = ctx.text.slice(start, stop);
  return { kind: 'unlisted', name, type: 'organization', start, end: stop, title: null, affiliation: null };
}

/** A run of more than three words ends with the name ("… Humanitarian Affairs Steve Mbikayi"): its last two, initials kept. */
function lastWords(ctx: Context, run: { first: number; end: number }): { first: number; end: number } | null {
  const words: number[] = [];
  for (let k = run.first; k < run.end; k++)
    if (ctx.tokens.get(k)!.kind === Kind.Word && ctx.tokens.get(k)!.text.length > 1) words.push(k);
  if (words.length <= 3) return null;
  return { first: words[words.length - 2]!, end: run.end };
}

/** The words of a run the tagger marks as a person's, with the initials between them. */
function taggedName(tagged: Tagged, run: { first: number; end: number }): { first: number; end: number } | null {
  let first = -1;
  let end = -1;
  for (let k = run.first; k < run.end; k++) {
    if (tagged.get(k) !== 'person') continue;
    if (first < 0) first = k;
    end = k + 1;
  }
  return first < 0 ? null : { first, end };
}

/** A word of a name: a capitalized word that is no title's or entity's, an initial's dot, a hyphen inside. */
function isNameWord(ctx: Context, k: number, end: number): boolean {
  const t = ctx.tokens.get(k)!;
  if (ctx.mentionAt.has(k) || titleAt(ctx, k, end)) return false;
  if (t.kind === Kind.Word) return t.cap && !ctx.lex.english.stop.hasWord(t.word);
  const prev = ctx.tokens.get(k - 1);
  if (t.text === '.' && prev && prev.text.length === 1 && !t.spaced) return true; // Antony J. Blinken
  return t.text === '-' && !t.spaced && ctx.tokens.get(k + 1)?.cap === true; // Kim Jong-Un
}

/** Whether the word at k ended a name of two or more capitalized words earlier in the text. */
function closedNameBefore(ctx: Context, k: number): boolean {
  const first = nameEnds(ctx).get(ctx.tokens.get(k)!.lower);
  return first !== undefined && first < k;
}

/** Per document: each capitalized word that ends a name of two or more, and where it first does. */
const ends = new WeakMap<Context, Map<string, number>>();

function nameEnds(ctx: Context): Map<string, number> {
  let found = ends.get(ctx);
  if (found) return found;
  found = new Map();
  const { tokens } = ctx;
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens.get(j)!;
    const prev = tokens.get(j - 1)!;
    if (t.kind !== Kind.Word || !t.cap || found.has(t.lower)) continue;
    if (prev.kind === Kind.Word && prev.cap && prev.block === t.block && !ctx.lex.english.stop.hasWord(prev.word))
      found.set(t.lower, j);
  }
  ends.set(ctx, found);
  return found;
}
