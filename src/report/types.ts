// The output contract (DESIGN.md §4): one DocumentResult per document. Offsets are Unicode
// code points into the decoded text, `end` exclusive.
import type { Via } from '../extract/events.js';

export const SCHEMA = 'extract/1';

export type EntityType = 'person' | 'state' | 'organization';
export type { Via };

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface DocumentInfo {
  path: string | null;
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  dateline: string | null;
  language: 'id' | 'en';
}

export interface EntityResult {
  id: string;
  name: string;
  type: EntityType;
  /** false for a speaker named in the text but not in the lexicon. */
  listed: boolean;
  /** For an unlisted speaker: the title and the organization the text gives with the name. */
  role?: string;
  affiliation?: string;
  mentions: Span[];
  quotes: string[];
  claims: string[];
}

export interface Speaker {
  /** The speaker's entity in this document's `entities` (listed or not); null for a bare title nobody stands behind. */
  id: string | null;
  /** The lexicon id, or null for a speaker not in the lexicon. */
  entity: string | null;
  name: string;
  type: EntityType | null;
  via: Via;
  start: number;
  end: number;
}

export interface Cue {
  text: string;
  start: number;
  end: number;
}

/** The outlet a statement was relayed through ("seperti dilansir CNA"), never the speaker. */
export interface Source {
  entity: string | null;
  name: string;
  start: number;
  end: number;
}

export interface QuoteResult {
  id: string;
  kind: 'direct' | 'partial';
  text: string;
  start: number;
  end: number;
  speaker: Speaker | null;
  cue: Cue | null;
  source: Source | null;
  about: string[];
  confidence: number;
}

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

export interface ClaimResult {
  id: string;
  /** The speech act its cue names (CLAIM_KINDS). */
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  speaker: Speaker | null;
  cue: Cue | null;
  source: Source | null;
  about: string[];
  /** Ids of the partial quotes inside the claim. */
  quotes: string[];
  confidence: number;
}

export interface Warning {
  code: string;
  message: string;
  start: number;
  end: number;
}

export interface DocumentResult {
  schema: typeof SCHEMA;
  document: DocumentInfo;
  entities: EntityResult[];
  quotes: QuoteResult[];
  claims: ClaimResult[];
  warnings: Warning[];
}
