import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lexicon } from '../lexicon/compile.js';
import { extract } from '../pipeline.js';
import { byCodeUnits } from '../input/walk.js';
import { readGold } from './gold.js';
import { titleWordsOf } from './match.js';
import { metrics, type Metrics } from './metrics.js';
import { emptyScores, scoreArticle, type Finding, type Scores } from './score.js';

/** A gold folder that cannot be read: a user's error, not the program's. */
export class GoldFolderError extends Error {}

export interface FolderResult {
  folder: string;
  scores: Scores;
  metrics: Metrics;
  findings: Finding[];
  /** Each article's text by path, for showing findings in their sentence. */
  texts: Map<string, string>;
}

/** Runs the extraction over every X.txt beside an X.gold.yaml in a folder, and scores it. */
export function evaluateFolder(folder: string, lexicon: Lexicon): FolderResult {
  let names: string[];
  try {
    names = readdirSync(folder).sort(byCodeUnits);
  } catch (e) {
    throw new GoldFolderError(
      `${folder}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message}`,
    );
  }
  const golds = names.filter((n) => n.endsWith('.gold.yaml'));
  if (golds.length === 0) throw new GoldFolderError(`${folder}: no .gold.yaml files`);
  const scores = emptyScores();
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  const titles = titleWordsOf(lexicon.data.language.titles.titles);
  const outletName = (printed: string) => lexicon.page.outlets.get(printed.toLowerCase()) ?? printed;
  for (const g of golds) {
    const path = join(folder, g.replace(/\.gold\.yaml$/, '.txt'));
    const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
    const gold = readGold(readFileSync(join(folder, g), 'utf8'), join(folder, g));
    texts.set(path, text);
    scoreArticle(extract(text, { path, lexicon }), gold, text, titles, scores, findings, outletName);
  }
  return { folder, scores, metrics: metrics(scores), findings, texts };
}
