// The name trie (lexicon/trie.ts) with keys that wait for their first word: a run of one short
// article builds only the branches it reads, and every answer is the one an eager trie gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keysOf } from '../src/lexicon/compile.js';
import { readBuiltinYaml } from '../src/lexicon/load.js';
import { TokenTrie } from '../src/lexicon/trie.js';
import { tokensOf } from '../src/text/tokenize.js';
import { VOCABULARY } from '../src/text/vocabulary.js';

const KEYS: readonly (readonly string[])[] = [
  ['korea', 'utara'],
  ['korea', 'selatan'],
  ['korea'],
  ['jens', 'stoltenberg'],
  ['nato'],
  ['korea', 'utara'], // a second payload for the same key, after the first
];

function eager(): TokenTrie<number> {
  const trie = new TokenTrie<number>();
  for (const [n, k] of KEYS.entries()) trie.insert(k, n);
  return trie;
}

/** The same keys, each first word's inserted when a match first reads it; the fills run are counted. */
function deferred(filled: string[], keys = KEYS): TokenTrie<number> {
  // The words of keys that wait are numbered for good beforehand, as the built-in lexicon's are.
  for (const k of KEYS) for (const w of k) VOCABULARY.intern(w);
  VOCABULARY.pin();
  const trie = new TokenTrie<number>();
  for (const first of [...new Set(keys.map((k) => k[0]!))]) {
    trie.later(first, (insert) => {
      filled.push(first);
      for (const [n, k] of keys.entries()) if (k[0] === first) insert(k, n);
    });
  }
  return trie;
}

const TEXTS = [
  'Korea Utara menembakkan rudal',
  'Korea Selatan dan Korea bersiaga',
  'Sekjen NATO Jens Stoltenberg berkata',
  'Jens datang sendiri',
  'Tidak ada nama di sini',
];

describe('keys that wait for their first word', () => {
  it.each(TEXTS)('answers as the eager trie does: %s', (text) => {
    const tokens = tokensOf(text);
    const a = eager();
    const b = deferred([]);
    const all = () => true;
    const onlySecond = (p: number) => p === 5;
    for (let i = 0; i < tokens.length; i++) {
      expect(b.longest(tokens, i, tokens.length, all)).toEqual(a.longest(tokens, i, tokens.length, all));
      expect(b.longest(tokens, i, tokens.length, onlySecond)).toEqual(a.longest(tokens, i, tokens.length, onlySecond));
      expect(b.longer(tokens, i, tokens.length)).toEqual(a.longer(tokens, i, tokens.length));
      expect(b.firsts.at(tokens, i)).toBe(a.firsts.at(tokens, i));
    }
  });

  it('builds only the branches of the words read, each once', () => {
    const filled: string[] = [];
    const trie = deferred(filled);
    expect(trie.firsts.has('korea')).toBe(true);
    expect(filled).toEqual([]);
    const tokens = tokensOf('Korea Utara dan Korea Selatan');
    for (let i = 0; i < tokens.length; i++) trie.longest(tokens, i, tokens.length, () => true);
    expect(filled).toEqual(['korea']);
    expect(trie.longest(tokens, 0, tokens.length, () => true)).toEqual({ end: 2, payload: 0 });
  });

  it('stops at the limit before reading the first word', () => {
    const filled: string[] = [];
    const tokens = tokensOf('NATO');
    expect(deferred(filled).longest(tokens, 0, 0, () => true)).toBeNull();
    expect(filled).toEqual([]);
  });

  it("keeps none of the document's own words for good when it builds a branch", () => {
    const trie = deferred([]);
    const tokens = tokensOf('Zorblaxian berkata, Korea Utara menembak');
    for (let i = 0; i < tokens.length; i++) trie.longest(tokens, i, tokens.length, () => true);
    expect(VOCABULARY.pinnedWord(VOCABULARY.find('korea'))).toBe(true);
    expect(VOCABULARY.pinnedWord(VOCABULARY.find('zorblaxian'))).toBe(false);
  });

  it('refuses a key whose words were not numbered for good', () => {
    const trie = deferred([], [['nato', 'kuarkonium']]);
    expect(() => trie.longest(tokensOf('NATO kuarkonium'), 0, 2, () => true)).toThrow(/kuarkonium/);
  });

  it('the build lists every word of the built-in names and titles, which its tries wait on', () => {
    const built = JSON.parse(readFileSync('dist/lexicon/builtin.json', 'utf8')) as { words: string[] };
    const data = readBuiltinYaml();
    const texts = data.entities.flatMap((e) => [
      e.name,
      ...[...e.aliases, ...e.metonyms, ...e.epithets].map((a) => a.text),
    ]);
    for (const t of data.language.titles.titles) texts.push(t.title, ...(t.short ?? []), ...(t.en ?? []));
    const listed = new Set(built.words);
    expect(texts.flatMap((t) => keysOf(t)).filter((w) => !listed.has(w))).toEqual([]);
  });
});
