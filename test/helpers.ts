import { extract, loadLexicon } from '../src/index.js';
import type { DocumentResult } from '../src/report/types.js';

export const lexicon = loadLexicon();

export function run(text: string, date: string | null = null): DocumentResult {
  return extract(text, { lexicon, date });
}

/** A quote or claim as the tables write it: only the fields a row gives are compared (toMatchObject). */
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
    speaker: x.speaker?.name ?? null,
    cue: x.cue?.text ?? null,
    via: x.speaker?.via,
  }));
}
