import { LexiconError } from '../lexicon/errors.js';
import { check, list, record, string, type Shape } from '../lexicon/schema.js';
import { parseYaml } from '../lexicon/yaml.js';

/** The gold annotation of one article (DESIGN.md §6). */
export interface GoldQuote {
  kind: 'direct' | 'partial';
  speaker: string | null;
  aliases: string[];
  cue: string | null;
  text: string;
  confidence: 'high' | 'medium' | 'low' | null;
}

export interface GoldClaim {
  speaker: string | null;
  /** The speaker's names as the text writes them (speaker_aliases). */
  aliases: string[];
  cue: string | null;
  text: string;
  confidence: 'high' | 'medium' | 'low' | null;
}

/** A metadata field of the gold: what the text prints, or null where it prints none. */
export type MetaField = 'title' | 'author' | 'outlet' | 'published' | 'dateline';

export interface GoldEntity {
  /** The fullest name the text gives. */
  name: string;
  type: string;
  /** The other forms the text uses for it (Perry, Gubernur BI). */
  aliases: string[];
}

export interface Gold {
  meta: Partial<Record<MetaField, string | null>>;
  entities: GoldEntity[];
  quotes: GoldQuote[];
  claims: GoldClaim[];
  optionalClaims: GoldClaim[];
}

const text = string();
const maybe = string({ empty: true, nullable: true });
const printed = string({ nullable: true });
const level = string({ oneOf: ['high', 'medium', 'low'] });
const item = (extra: Record<string, Shape>) =>
  record({ speaker: maybe, cue: maybe, text, speaker_confidence: level, speaker_aliases: list(maybe), ...extra }, [
    'text',
  ]);
const shape = record({
  meta: record({ title: printed, author: printed, outlet: printed, published: printed, dateline: printed }),
  entities: list(record({ name: text, type: text, aliases: list(text) }, ['name'])),
  quotes: list(item({ kind: string({ oneOf: ['direct', 'partial'] }) })),
  claims: list(item({})),
  optional_claims: list(item({})),
});

type Raw = {
  meta?: Gold['meta'];
  entities?: { name: string; type?: string; aliases?: string[] }[];
  quotes?: RawItem[];
  claims?: RawItem[];
  optional_claims?: RawItem[];
};
type RawItem = {
  speaker?: string;
  cue?: string;
  text: string;
  kind?: 'direct' | 'partial';
  speaker_confidence?: GoldQuote['confidence'];
  speaker_aliases?: string[];
};

/** Reads a .gold.yaml file; a malformed one is a file:line:col error. */
export function readGold(source: string, file: string): Gold {
  const { root, loc } = parseYaml(source, file);
  if (root === null || root === undefined) throw new LexiconError(file, 1, 1, 'the gold file is empty');
  const raw = check(root, shape, loc, 'gold') as Raw;
  const claim = (c: RawItem): GoldClaim => ({
    speaker: c.speaker || null,
    aliases: (c.speaker_aliases ?? []).filter(Boolean),
    cue: c.cue || null,
    text: c.text,
    confidence: c.speaker_confidence ?? null,
  });
  return {
    meta: raw.meta ?? {},
    entities: (raw.entities ?? []).map((e) => ({ name: e.name, type: e.type ?? '', aliases: e.aliases ?? [] })),
    quotes: (raw.quotes ?? []).map((q) => ({ ...claim(q), kind: q.kind ?? 'direct' })),
    claims: (raw.claims ?? []).map(claim),
    optionalClaims: (raw.optional_claims ?? []).map(claim),
  };
}
