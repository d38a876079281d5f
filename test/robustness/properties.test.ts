// Properties over random and adversarial text (fast-check): Indonesian reporting mixed with
// emoji, combining marks, right-to-left script, zero-width characters and every kind of quote
// mark. The extractor never throws; every span's offsets give back its text in code points;
// direct quotes never overlap; the result validates against the schema; a run is repeatable.
// A fixed seed in CI; PROPERTY_RUNS=20000 (and PROPERTY_SEED=n) for a long, nightly-size run.
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { jsonSchema } from '../../src/report/schema.js';
import type { DocumentResult } from '../../src/report/types.js';
import { lexicon } from '../helpers.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const SEED = Number(process.env.PROPERTY_SEED ?? 20241126);

const WORDS = [
  'said',
  'told',
  'reporters',
  'that',
  'according',
  'to',
  'he',
  'she',
  'the',
  'Secretary-General',
  'U.S.',
  'kata',
  'ujarnya',
  'mengatakan',
  'bahwa',
  'menurut',
  'Menurut',
  'dia',
  'Ia',
  'yang',
  'dan',
  'di',
  'Jakarta',
  'Jokowi',
  'Stoltenberg',
  'Sekjen',
  'NATO',
  'Menteri',
  'Luar',
  'Negeri',
  'AS',
  'Retno',
  'Marsudi',
  'Rusia',
  'Korea',
  'Utara',
  'Presiden',
  'Prabowo',
  'diungkapkan',
  'oleh',
  'Hal',
  'tersebut',
  'khawatir',
  'Budi',
  'Santoso',
  'S.Pd.',
  'Dr.',
  'kami',
  'Liputan6.com',
  '11.000',
  '17:23',
  '20/6/2024',
  'Rp10.000',
  "Ma'ruf",
  'Erdoğan',
  'Kemlu',
  'PBB',
];
const MARKS = ['"', '“', '”', '„', '‘', '’', "'", '«', '»', '＂'];
const PUNCT = [',', '.', '!', '?', ';', ':', '…', '-', '—', '(', ')', ' - '];
const ODD = [
  '😀',
  '👩🏽‍⚕️',
  '🇮🇩',
  'e\u0301',
  'a\u0308\u0323',
  'مرحبا',
  'שלום',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00a0',
  '\ud800',
  '\udc00',
  '\u0000',
  '\r',
  '\r\n',
  '\n\n',
  '\t',
  '𝕏',
  'İ',
  'ß',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\n');
const text = fc
  .array(fc.tuple(piece, separator), { maxLength: 300, size: 'large' })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(jsonSchema('document'));

/** Every span with a text: quotes, claims, cues, mentions. */
function spans(r: DocumentResult): { start: number; end: number; text: string }[] {
  return [
    ...r.quotes,
    ...r.claims,
    ...r.quotes.flatMap((q) => (q.cue ? [q.cue] : [])),
    ...r.claims.flatMap((c) => (c.cue ? [c.cue] : [])),
    ...r.entities.flatMap((e) => e.mentions),
  ];
}

const check = (property: (t: string) => void) => fc.assert(fc.property(text, property), { numRuns: RUNS, seed: SEED });
/** A few milliseconds a run, and room to spare on a busy machine. */
const TIME = 30_000 + RUNS * 5;

describe('over random and adversarial text', () => {
  it(
    'never throws',
    () => {
      check((t) => {
        extract(t, { lexicon });
      });
    },
    TIME,
  );

  it(
    'every span is the text its code-point offsets give',
    () => {
      check((t) => {
        const body = [...(t.charCodeAt(0) === 0xfeff ? t.slice(1) : t)];
        for (const s of spans(extract(t, { lexicon }))) expect(body.slice(s.start, s.end).join('')).toBe(s.text);
      });
    },
    TIME,
  );

  it(
    'direct quotes never overlap',
    () => {
      check((t) => {
        const direct = extract(t, { lexicon })
          .quotes.filter((q) => q.kind === 'direct')
          .sort((a, b) => a.start - b.start);
        for (let i = 1; i < direct.length; i++) expect(direct[i]!.start).toBeGreaterThanOrEqual(direct[i - 1]!.end);
      });
    },
    TIME,
  );

  it(
    'the result validates against the schema',
    () => {
      check((t) => {
        const r = extract(t, { lexicon, path: 'random.txt' });
        if (!validate(r)) throw new Error(JSON.stringify(validate.errors));
      });
    },
    TIME,
  );

  it(
    'read as English (through compromise), never throws and every span is its text',
    () => {
      // compromise is slow: a tenth of the cases.
      fc.assert(
        fc.property(text, (t) => {
          const body = [...(t.charCodeAt(0) === 0xfeff ? t.slice(1) : t)];
          const r = extract(t, { lexicon, lang: 'en' });
          if (!validate(r)) throw new Error(JSON.stringify(validate.errors));
          for (const s of spans(r)) expect(body.slice(s.start, s.end).join('')).toBe(s.text);
        }),
        { numRuns: Math.max(10, Math.round(RUNS / 10)), seed: SEED },
      );
    },
    TIME,
  );

  it(
    'the same text gives the same bytes',
    () => {
      check((t) => {
        expect(JSON.stringify(extract(t, { lexicon }))).toBe(JSON.stringify(extract(t, { lexicon })));
      });
    },
    TIME,
  );
});
