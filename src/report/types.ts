// The output contract (DESIGN.md §4): one DocumentResult per document. Offsets are Unicode
// code points into the decoded text, `end` exclusive. The contract is written once, as the JSON
// Schema in schema.ts (its descriptions say what each field means); these types are read from it.
import type { Via } from '../extract/events.js';
import type { FromSchema } from './from-schema.js';
import type { cue, document, source, span, speaker } from './schema.js';

export const SCHEMA = 'extract/1';

export type EntityType = 'person' | 'state' | 'organization';
export type { Via };

/**
 * The speech acts a claim's cue can name: the kinds of lexicons/language/cues.yaml, which a test
 * holds equal to this list (the JSON Schema's enum is this list too).
 */
export const CLAIM_KINDS = [
  'statement',
  'belief',
  'concern',
  'hope',
  'accusation',
  'promise',
  'denial',
  'demand',
  'question',
  'warning',
  'praise',
  'criticism',
  'apology',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export type Span = FromSchema<typeof span>;
export type Speaker = NonNullable<FromSchema<typeof speaker>>;
export type Cue = NonNullable<FromSchema<typeof cue>>;
/** The outlet a statement was relayed through ("seperti dilansir CNA"), never the speaker. */
export type Source = NonNullable<FromSchema<typeof source>>;
export type DocumentResult = FromSchema<typeof document>;
export type DocumentInfo = DocumentResult['document'];
/** An entity of the document; `listed` is false for a speaker named in the text but not in the lexicon. */
export type EntityResult = DocumentResult['entities'][number];
export type QuoteResult = DocumentResult['quotes'][number];
export type ClaimResult = DocumentResult['claims'][number];
export type Warning = DocumentResult['warnings'][number];
