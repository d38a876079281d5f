// Maintainer tool: derives lexicons/language/vocabulary.yaml from a folder of Indonesian
// news, as the words the news writes in lowercase far more often than capitalized inside a
// sentence. A capital at the start of a sentence on one of these words is the sentence's,
// not a name's ("Hujan deras …"); the places, as the capitalized words that follow
// di/ke/dari; the names, and among them the given names many people share.
// Usage: node dist/lexicon/vocabulary-build.js DIR > FILE
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../text/sentences.js';
import { readBuiltinYaml } from './load.js';
import { Kind, type Token, type Tokens, tokensOf } from '../text/tokenize.js';
import { givenNames, MIN_GIVEN, type NameRuns } from './vocabulary-given.js';
import { WordSet } from './word-set.js';

const NO_WORDS = new WordSet();

const MIN_LOWER = 10;
const RATIO = 4;
const MIN_PLACE = 5;
const MIN_NAME = 3;
const PLACE_SHARE = 0.1;

const dir = process.argv[2];
if (!dir) throw new Error('usage: vocabulary-build DIR');
const lower = new Map<string, number>();
const capital = new Map<string, number>();
const afterPlace = new Map<string, number>();
const LOCATIVES = new Set(['di', 'ke', 'dari']);
const named = new Map<string, number>();
const runs: NameRuns = new Map();
const isWord = (t: Token | undefined): t is Token =>
  t !== undefined && t.kind === Kind.Word && t.cap && /^\p{L}+$/u.test(t.text) && t.text !== t.text.toUpperCase();
// The verbs that follow a quote and come before its speaker: "…," kata Agus Prayitno.
const CUES = new Set([
  'kata',
  'ujar',
  'ucap',
  'ungkap',
  'tutur',
  'jelas',
  'tegas',
  'imbuh',
  'tambah',
  'lanjut',
  'terang',
  'papar',
]);
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.txt')) continue;
  const text = readFileSync(join(dir, name), 'utf8');
  const tokens = tokensOf(text);
  for (const s of splitSentences(tokens, NO_WORDS)) {
    for (let i = s.first; i < s.last; i++) {
      const t = tokens.get(i)!;
      if (t.kind !== Kind.Word || t.text.length < 2 || !/^\p{L}+$/u.test(t.text)) continue;
      const prev = tokens.get(i - 1);
      const initial = i === s.first || !prev || prev.kind !== Kind.Word;
      if (CUES.has(t.text)) countNames(tokens, i + 1, s.last);
      if (!t.cap) lower.set(t.lower, (lower.get(t.lower) ?? 0) + 1);
      else if (!initial) {
        capital.set(t.lower, (capital.get(t.lower) ?? 0) + 1);
        if (LOCATIVES.has(prev!.text) && t.text !== t.text.toUpperCase())
          afterPlace.set(t.lower, (afterPlace.get(t.lower) ?? 0) + 1);
      }
    }
  }
  for (const line of text.split('\n')) countRuns(line);
}
const words = [...lower.entries()]
  .filter(([w, n]) => n >= MIN_LOWER && n >= RATIO * (capital.get(w) ?? 0))
  .map(([w]) => w)
  .sort();
/** The last words of the capitalized run after a cue: the speaker's name closes it. */
function countNames(tokens: Tokens, from: number, end: number): void {
  let k = from;
  while (
    k < end &&
    tokens.get(k)!.kind === Kind.Word &&
    tokens.get(k)!.cap &&
    /^\p{L}+$/u.test(tokens.get(k)!.text) &&
    tokens.get(k)!.text !== tokens.get(k)!.text.toUpperCase()
  )
    k++;
  for (let j = Math.max(from, k - 3); j < k; j++)
    named.set(tokens.get(j)!.lower, (named.get(tokens.get(j)!.lower) ?? 0) + 1);
}

/**
 * The capitalized runs inside a sentence of a line of running text (a headline, every word
 * capitalized, says nothing about names), without the titles before them: "Kepala Desa Dedi
 * Supriadi" counts as dedi … supriadi.
 */
function countRuns(line: string): void {
  const tokens = tokensOf(line);
  const words = tokens.list().filter((t) => t.kind === Kind.Word);
  if (words.length < 6 || words.filter((t) => t.cap).length * 2 > words.length) return;
  for (const s of splitSentences(tokens, NO_WORDS)) {
    let i = s.first + 1;
    while (i < s.last) {
      if (!isWord(tokens.get(i))) {
        i++;
        continue;
      }
      let k = i;
      while (k < s.last && isWord(tokens.get(k))) k++;
      const run = tokens.list(i, k).map((t) => t.lower);
      i = k;
      const key = run.join(' ');
      runs.set(key, (runs.get(key) ?? 0) + 1);
    }
  }
}

// Places: capitalized words that follow di/ke/dari in at least a fifth of their uses.
const places = [...afterPlace.entries()]
  .filter(
    ([w, n]) =>
      n >= MIN_PLACE &&
      n >= PLACE_SHARE * (capital.get(w) ?? 0) &&
      (lower.get(w) ?? 0) * RATIO <= (capital.get(w) ?? 0),
  )
  .map(([w]) => w)
  .sort();

// Names: words that close a speaker's name after a cue at least three times, never
// lowercase-dominant and no place.
const placeSet = new Set(places);
const commonSet = new Set(words);
// Words the language data already files elsewhere are no names: titles, organizations'
// heads, portfolios, place words, days, function words.
const builtin = readBuiltinYaml();
const lang = builtin.language;
const filed = new Set(
  [
    ...lang.titles.titles.flatMap((t) => [t.title, ...(t.short ?? [])]).flatMap((t) => t.split(/[\s.]+/)),
    ...lang.words['org-heads'],
    ...lang.words.portfolios,
    ...lang.words['place-words'],
    ...lang.words['place-units'],
    ...lang.words.days,
    ...lang.words.stop,
    ...lang.words.degrees,
  ].map((w) => w.toLowerCase()),
);
const names = [...named.entries()]
  .filter(
    ([w, n]) =>
      n >= MIN_NAME &&
      !commonSet.has(w) &&
      !placeSet.has(w) &&
      !filed.has(w) &&
      (lower.get(w) ?? 0) * RATIO <= (capital.get(w) ?? 0),
  )
  .map(([w]) => w)
  .sort();

// Given names: names that open the names of many different people (at least MIN_GIVEN
// surnames, spelling variants and middle names not counted apart).
const months = Object.values(lang.article.months).flatMap((ms) => ms.map((m) => m.toLowerCase()));
// The one-word names of the lexicon's organizations and states ("Ketua Umum Golkar Airlangga
// Hartarto" is Airlangga Hartarto).
const bodies = builtin.entities
  .filter((e) => e.type !== 'person')
  .flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)])
  .filter((f) => /^\p{L}+$/u.test(f))
  .map((f) => f.toLowerCase());
const given = givenNames(runs, {
  names: new Set(names),
  other: new Set([...commonSet, ...placeSet, ...filed, ...months, ...bodies]),
  lowercase: (w) => (lower.get(w) ?? 0) > 0,
});

function flow(list: string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const w of list) {
    if (line.length + w.length > 96) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += `${w}, `;
  }
  if (line) lines.push(line.trimEnd());
  return `[\n  ${lines.join('\n  ').replace(/,$/, '')}\n]`;
}

process.stdout.write(
  `# Counted over 28,846 articles of CLICK-ID (CC BY 4.0) and IndoSum (CC BY-SA 4.0). Regenerate with\n` +
    `# node dist/lexicon/vocabulary-build.js CORPUS_DIR > vocabulary.yaml, then move it here\n\n` +
    `# Words the news writes in lowercase (at least ${MIN_LOWER} times, and ${RATIO}x more often than\n` +
    `# capitalized inside a sentence): a capital on one of them is the sentence's or an\n` +
    `# organization's, rarely a person's name ("Hujan deras …", "Kementerian Sosial").\n` +
    `common: ${flow(words)}\n\n` +
    `# Places: capitalized words that follow di/ke/dari (at least ${MIN_PLACE} times, in at least\n` +
    `# ${PLACE_SHARE * 100}% of their capitalized uses) and rarely written in lowercase.\n` +
    `places: ${flow(places)}\n\n` +
    `# Names: words that end a speaker's name after "kata", "ujar" … (at least ${MIN_NAME} times), never\n` +
    `# written mostly in lowercase and no place. A capital on one of them is a person's name.\n` +
    `names: ${flow(names)}\n\n` +
    `# Given names: names that open the names of at least ${MIN_GIVEN} different people in running text\n` +
    `# (Dedi Prasetyo, Dedi Mulyadi, Dedi Kusnandar …). One of them alone, as an alias, takes them all.\n` +
    `given: ${flow(given)}\n`,
);
