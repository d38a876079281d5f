import { LexiconError } from '../lexicon/errors.js';
import { evaluateFolder, GoldFolderError } from '../eval/folder.js';
import { parseThresholds, shortfalls } from '../eval/metrics.js';
import { evalText, findingsText } from '../eval/report.js';
import { EXIT, type IO } from './io.js';
import { lexiconFor, UsageError } from './options.js';

export interface EvalFlags {
  format: 'text' | 'json';
  min?: string;
  max?: string;
  verbose?: boolean;
  lexicon: string[];
  defaultLexicon: boolean;
}

/** extract eval GOLD_DIR…: scores per folder; exit 1 when a --min or --max threshold is not met. */
export async function runEval(folders: string[], flags: EvalFlags, io: IO): Promise<number> {
  let min: ReturnType<typeof parseThresholds>;
  let max: ReturnType<typeof parseThresholds>;
  try {
    min = parseThresholds(flags.min ?? '');
    max = parseThresholds(flags.max ?? '', '--max');
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const lexicon = lexiconFor({ paths: flags.lexicon, defaults: flags.defaultLexicon });
  const failures: string[] = [];
  const results: ReturnType<typeof evaluateFolder>[] = [];
  for (const folder of folders) {
    let r: ReturnType<typeof evaluateFolder>;
    try {
      r = evaluateFolder(folder, lexicon);
    } catch (e) {
      if (e instanceof GoldFolderError || e instanceof LexiconError) throw new UsageError(e.message);
      throw e;
    }
    results.push(r);
    for (const s of shortfalls(r.metrics, min)) failures.push(`below threshold: ${r.folder}: ${s}`);
    for (const s of shortfalls(r.metrics, {}, max)) failures.push(`over threshold: ${r.folder}: ${s}`);
    if (flags.format === 'text')
      io.stdout.write(evalText(r) + (flags.verbose ? `\n${findingsText(r)}` : '') + (folders.length > 1 ? '\n' : ''));
  }
  if (flags.format === 'json') {
    const out = results.map((r) => ({
      folder: r.folder,
      metrics: r.metrics,
      counts: r.scores,
      ...(flags.verbose ? { findings: r.findings } : {}),
    }));
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  for (const f of failures) io.stderr.write(`extract eval: ${f}\n`);
  return failures.length ? EXIT.gate : EXIT.ok;
}
