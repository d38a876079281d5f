// The seed article against its gold annotation: every quote, partial quote, claim, entity
// and metadata field, with the right speaker and cue (DESIGN.md §6 matching, and exact text).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, loadLexicon } from '../src/index.js';
import { readGold } from '../src/eval/gold.js';
import { matchClaims, matchQuotes, sameSpeaker, titleWordsOf } from '../src/eval/match.js';

const text = readFileSync('fixtures/nato-rusia-korut.txt', 'utf8');
const gold = readGold(
  readFileSync('fixtures/nato-rusia-korut.gold.yaml', 'utf8'),
  'fixtures/nato-rusia-korut.gold.yaml',
);
const lexicon = loadLexicon();
const titles = titleWordsOf(lexicon.data.language.titles.titles);
const result = extract(text, { path: 'fixtures/nato-rusia-korut.txt', lexicon });
// The article has a no-break space where the gold, typed by hand, has a plain one.
const spaces = (s: string) => s.replace(/\s+/gu, ' ');

describe('seed article: nato-rusia-korut', () => {
  it('reads the metadata: title, author, outlet, date and dateline; the year from the date', () => {
    expect(result.document).toEqual({
      path: 'fixtures/nato-rusia-korut.txt',
      title: gold.meta.title,
      author: gold.meta.author,
      outlet: gold.meta.outlet,
      published: '2024-06-19T17:23:00+07:00',
      dateline: gold.meta.dateline,
      language: 'id',
      url: null,
      year: 2024,
    });
  });

  it('finds every gold entity with its type', () => {
    for (const e of gold.entities) {
      expect(
        result.entities.find((r) => r.name === e.name),
        e.name,
      ).toMatchObject({ type: e.type, listed: true });
    }
  });

  it('finds all direct and partial quotes, verbatim, with speaker and cue, and nothing else', () => {
    const m = matchQuotes(result.quotes, gold.quotes);
    expect(m.missed).toEqual([]);
    expect(m.extra).toEqual([]);
    for (const { pred, gold: g } of m.pairs) {
      expect(spaces(pred.text)).toBe(g.text);
      expect(pred.kind).toBe(g.kind);
      expect(pred.cue?.text).toBe(g.cue);
      expect(sameSpeaker(pred.speaker, g.speaker, titles), `${g.text} by ${g.speaker}`).toBe(true);
    }
  });

  it('finds all claims with speaker, cue and content; extra ones only from the optional list', () => {
    const m = matchClaims(result.claims, gold.claims, titles);
    expect(m.missed).toEqual([]);
    for (const { pred, gold: g } of m.pairs) {
      expect(spaces(pred.text)).toBe(g.text);
      expect(pred.cue?.text).toBe(g.cue);
    }
    const optional = matchClaims(m.extra, gold.optionalClaims, titles);
    expect(optional.extra).toEqual([]);
  });

  it('keeps the relaying outlet apart from the speaker', () => {
    const q = result.quotes.find((x) => x.text.startsWith('Kami tentu saja'))!;
    expect(q.speaker?.entity).toBe('jens-stoltenberg');
    expect(q.source).toMatchObject({ entity: 'cna', name: 'CNA' });
  });

  it('links the partial quote to the claim that holds it', () => {
    const partial = result.quotes.find((q) => q.kind === 'partial')!;
    const claim = result.claims.find((c) => c.quotes.includes(partial.id))!;
    expect(claim.text).toBe('perlu ada "konsekuensi" pada tahap tertentu bagi China');
  });

  it('lists the entities each quote and claim is about', () => {
    const c = result.claims.find((x) => x.text.startsWith('perang Rusia di Ukraina'))!;
    expect(c.about).toEqual(['rusia', 'ukraina', 'china', 'korea-utara', 'iran']);
  });

  it('reports offsets that cut the reported text out of the document', () => {
    const cps = [...text];
    for (const x of [...result.quotes, ...result.claims]) expect(cps.slice(x.start, x.end).join('')).toBe(x.text);
    for (const e of result.entities)
      for (const m of e.mentions) expect(cps.slice(m.start, m.end).join('')).toBe(m.text);
  });
});
