import { extract, loadLexicon } from '../src/index.js';
import type { DocumentResult } from '../src/report/types.js';

export const lexicon = loadLexicon();

export function run(text: string, date: string | null = null): DocumentResult {
  return extract(text, { lexicon, date });
}

/**
 * A quote or claim as the tables write it: only the fields a row gives are compared
 * (toMatchObject). A listed speaker is written by the lexicon's name, so that a row says which
 * entity it is; the output's own name is the fullest form the article writes.
 */
export interface Row {
  text?: string;
  kind?: string;
  speaker?: string | null;
  cue?: string | null;
  via?: string;
}

export function rows(items: DocumentResult['quotes'] | DocumentResult['claims']): Row[] {
  return items.map((x) => ({
    text: x.text,
    kind: x.kind,
    speaker: x.speaker?.entity
      ? lexicon.entities[lexicon.index.get(x.speaker.entity)!]!.name
      : (x.speaker?.name ?? null),
    cue: x.cue?.text ?? null,
    via: x.speaker?.via,
  }));
}
