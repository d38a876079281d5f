// The JSON Schema of what `extract` prints: a document result (--format json for one input,
// each line of jsonl), an error record (a jsonl line in place of a failed input), and the
// corpus object (--format json with several inputs). `extract schema [document|record|corpus]`.

// It is the one definition of the contract: report/types.ts reads its types from it.
import { CLAIM_KINDS } from './types.js';

const offset = { type: 'integer', minimum: 0 } as const;
const nullableString = { type: ['string', 'null'] } as const;
export const span = {
  type: 'object',
  additionalProperties: false,
  required: ['start', 'end', 'text'],
  properties: { start: offset, end: offset, text: { type: 'string' } },
} as const;
const entityType = { enum: ['person', 'state', 'organization'] } as const;
const ids = { type: 'array', items: { type: 'string' } } as const;
const confidence = { type: 'number', minimum: 0, maximum: 1 } as const;

export const speaker = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['id', 'entity', 'name', 'type', 'via', 'start', 'end', 'written', 'role'],
  properties: {
    id: {
      ...nullableString,
      description:
        "the speaker's entity in this document's entities, listed or not; null for a bare title nobody stands behind",
    },
    entity: { ...nullableString, description: 'the lexicon id; null for a speaker not in the lexicon' },
    name: { type: 'string' },
    type: { enum: ['person', 'state', 'organization', null] },
    via: { enum: ['name', 'title', 'pronoun', 'passive', 'context'] },
    start: offset,
    end: offset,
    written: {
      type: 'string',
      description:
        'the words the text uses for the speaker here, text[start:end]: a name, a title, a pronoun (the "nya" of "ujarnya")',
    },
    role: {
      ...nullableString,
      description:
        'the speaker\'s title or affiliation as the article writes it ("Sekjen NATO"): the speaker phrase\'s own, else the last the article gave them before, else the first it gives them; null when none',
    },
  },
} as const;
export const sentence = {
  type: 'object',
  additionalProperties: false,
  required: ['text', 'start', 'end'],
  description:
    'the sentence the item is in; for an item over several sentences or paragraphs, from the start of its first sentence to the end of its last',
  properties: { text: { type: 'string' }, start: offset, end: offset },
} as const;
const line = { type: 'integer', minimum: 1, description: "1-based line of the item's start in the text" } as const;
const column = {
  type: 'integer',
  minimum: 1,
  description: "1-based column (in code points) of the item's start on its line",
} as const;
export const cue = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['text', 'start', 'end'],
  properties: { text: { type: 'string' }, start: offset, end: offset },
} as const;
export const source = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['entity', 'name', 'start', 'end'],
  description: 'the outlet that relayed the words (seperti dilansir CNA), never the speaker',
  properties: { entity: nullableString, name: { type: 'string' }, start: offset, end: offset },
} as const;
const common = {
  text: { type: 'string' },
  start: offset,
  end: offset,
  speaker,
  cue,
  source,
  about: ids,
  confidence,
  sentence,
  line,
  column,
} as const;
const commonKeys = [
  'text',
  'start',
  'end',
  'speaker',
  'cue',
  'source',
  'about',
  'confidence',
  'sentence',
  'line',
  'column',
] as const;

export const document = {
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'document', 'entities', 'quotes', 'claims', 'warnings'],
  properties: {
    schema: { const: 'extract/1' },
    document: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'title', 'outlet', 'author', 'published', 'dateline', 'language', 'url', 'year'],
      properties: {
        path: nullableString,
        title: nullableString,
        outlet: nullableString,
        author: nullableString,
        published: {
          type: ['string', 'null'],
          pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}([+-]\\d{2}:\\d{2})?)?$',
        },
        dateline: nullableString,
        language: { enum: ['id', 'en'] },
        url: { ...nullableString, description: "the article's address, when its publisher's records give it (--meta)" },
        year: {
          type: ['integer', 'null'],
          description: 'the year of publication: the known year, else the year of published',
        },
      },
    },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'type', 'listed', 'mentions', 'quotes', 'claims'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
          name: { type: 'string' },
          type: entityType,
          listed: { type: 'boolean' },
          mentions: { type: 'array', items: span },
          quotes: ids,
          claims: ids,
          role: { type: 'string', description: 'for an unlisted speaker: the title the text gives' },
          affiliation: { type: 'string', description: 'for an unlisted speaker: the organization the text gives' },
        },
      },
    },
    quotes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', ...commonKeys],
        properties: { id: { type: 'string', pattern: '^q\\d+$' }, kind: { enum: ['direct', 'partial'] }, ...common },
      },
    },
    claims: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'quotes', ...commonKeys],
        properties: {
          id: { type: 'string', pattern: '^c\\d+$' },
          kind: { enum: [...CLAIM_KINDS] },
          quotes: { ...ids, description: 'ids of the partial quotes inside the claim' },
          ...common,
        },
      },
    },
    warnings: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'message', 'start', 'end'],
        properties: {
          code: { enum: ['quote-unterminated', 'quote-unclosed', 'quote-stray'] },
          message: { type: 'string' },
          start: offset,
          end: offset,
        },
      },
    },
  },
} as const;

const record = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'error'],
  properties: {
    path: { type: 'string' },
    error: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
};

const item = {
  type: 'object',
  additionalProperties: false,
  required: [
    'path',
    'id',
    'kind',
    'text',
    'start',
    'end',
    'cue',
    'via',
    'source',
    'about',
    'confidence',
    'outlet',
    'published',
    'sentence',
    'line',
    'column',
    'written',
    'role',
  ],
  properties: {
    path: nullableString,
    id: { type: 'string' },
    kind: { type: 'string' },
    text: { type: 'string' },
    start: offset,
    end: offset,
    cue: nullableString,
    via: { enum: ['name', 'title', 'pronoun', 'passive', 'context', null] },
    source: nullableString,
    about: ids,
    confidence,
    outlet: { ...nullableString, description: "the document's outlet" },
    published: { ...nullableString, description: "the document's publication date" },
    sentence,
    line,
    column,
    written: { ...nullableString, description: 'the speaker as the text writes them there (speaker.written)' },
    role: { ...nullableString, description: 'the title the article gives the speaker (speaker.role)' },
  },
};

const corpus = {
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'documents', 'entities', 'unattributed', 'errors'],
  properties: {
    schema: { const: 'extract/1' },
    documents: { type: 'array', items: { $ref: '#/$defs/document' } },
    entities: {
      type: 'array',
      description: 'the per-entity view of the whole corpus: every entity with all its quotes and claims',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'type', 'listed', 'documents', 'mentions', 'quotes', 'claims'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          type: entityType,
          listed: { type: 'boolean' },
          documents: { type: 'integer', minimum: 1 },
          mentions: { type: 'integer', minimum: 0 },
          quotes: { type: 'array', items: item },
          claims: { type: 'array', items: item },
        },
      },
    },
    unattributed: {
      type: 'object',
      additionalProperties: false,
      required: ['documents', 'quotes', 'claims'],
      description:
        'the quotes and claims with no speaker (speaker: null), which no entity holds: how many documents have any, and the items',
      properties: {
        documents: { type: 'integer', minimum: 0 },
        quotes: { type: 'array', items: item },
        claims: { type: 'array', items: item },
      },
    },
    errors: { type: 'array', items: { $ref: '#/$defs/record' } },
  },
};

export type SchemaName = 'document' | 'record' | 'corpus';

export function jsonSchema(name: SchemaName = 'document'): object {
  const roots = { document, record, corpus };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://extract.invalid/schema/extract-1/${name}.json`,
    title: {
      document: 'extract/1 document result',
      record: 'extract/1 error record',
      corpus: 'extract/1 corpus result',
    }[name],
    ...roots[name],
    $defs: { document, record },
  };
}
