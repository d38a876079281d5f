import { type Command, Option } from 'commander';
import type { IO, Outcome } from './io.js';
import type { ExtractFlags } from './options.js';
import { runExtract, UsageError } from './run.js';

/** Options of the main command that make no sense for figures: the output is one table, in its own formats. */
const NOT_FOR_STATS = new Set(['--format', '--out', '--documents', '--group-by', '--fail-on-empty', '--version']);

/**
 * extract stats INPUTS: the figures of a run (top speakers, top about-entities, who about whom,
 * kinds, outlets, months, the unattributed). The inputs, filters, workers and shards are the
 * main command's, with its options.
 */
export function addStats(program: Command, io: IO, outcome: Outcome, cwd: string): void {
  const command = program
    .command('stats')
    .description(
      'figures over the inputs: top speakers, top entities spoken about, who about whom, kinds, outlets, months',
    )
    .argument('[inputs...]', 'files, folders, quoted globs; - or a piped stdin for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'json', 'csv']).default('text'),
    )
    .option('--top <n>', 'how many speakers and entities to list, and the size of the speaker × about matrix', '10');
  for (const option of program.options) if (!NOT_FOR_STATS.has(option.long ?? '')) command.addOption(option);
  command.action(async (inputs: string[], flags: ExtractFlags & { top: string }) => {
    const top = Number(flags.top);
    if (!Number.isInteger(top) || top < 1)
      throw new UsageError(`--top must be a whole number of at least 1 (got "${flags.top}")`);
    outcome.code = await runExtract(inputs, flags, io, cwd, top);
  });
}
