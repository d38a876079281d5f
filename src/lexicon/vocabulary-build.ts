// Maintainer tool: derives lexicons/language/vocabulary.yaml from a folder of Indonesian
// news, as the words the news writes in lowercase far more often than capitalized inside a
// sentence. A capital at the start of a sentence on one of these words is the sentence's,
// not a name's ("Hujan deras …"). Usage: node dist/lexicon/vocabulary-build.js DIR > FILE
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../text/sentences.js';
import { Kind, tokenize } from '../text/tokenize.js';

const MIN_LOWER = 10;
const RATIO = 4;

const dir = process.argv[2];
if (!dir) throw new Error('usage: vocabulary-build DIR');
const lower = new Map<string, number>();
const capital = new Map<string, number>();
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.txt')) continue;
  const text = readFileSync(join(dir, name), 'utf8');
  const tokens = tokenize(text, 0, text.length, 0, []);
  for (const s of splitSentences(tokens, new Set())) {
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.kind !== Kind.Word || t.text.length < 2 || !/^\p{L}+$/u.test(t.text)) continue;
      const prev = tokens[i - 1];
      const initial = i === s.first || !prev || prev.kind !== Kind.Word;
      if (!t.cap) lower.set(t.lower, (lower.get(t.lower) ?? 0) + 1);
      else if (!initial) capital.set(t.lower, (capital.get(t.lower) ?? 0) + 1);
    }
  }
}
const words = [...lower.entries()]
  .filter(([w, n]) => n >= MIN_LOWER && n >= RATIO * (capital.get(w) ?? 0))
  .map(([w]) => w)
  .sort();
const lines: string[] = [];
let line = '';
for (const w of words) {
  if (line.length + w.length > 96) {
    lines.push(line);
    line = '';
  }
  line += `${w}, `;
}
if (line) lines.push(line);
process.stdout.write(
  `# Words Indonesian news writes in lowercase (at least ${MIN_LOWER} times, and ${RATIO}x more often than\n` +
  `# capitalized inside a sentence), counted over 28,846 articles of CLICK-ID (CC BY 4.0) and IndoSum\n` +
  `# (CC BY-SA 4.0). A sentence-initial capital on one of them is not a name. Regenerate with\n` +
  `# node dist/lexicon/vocabulary-build.js CORPUS_DIR > lexicons/language/vocabulary.yaml\n` +
  `common: [\n  ${lines.map((l) => l.trimEnd()).join('\n  ').replace(/,$/, '')}\n]\n`,
);
