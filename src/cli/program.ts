import { Command, Option } from 'commander';
import { runExtract, type ExtractFlags } from './run.js';
import type { IO, Outcome } from './io.js';
import { VERSION } from './version.js';

export const FORMATS = ['text', 'json', 'jsonl'] as const;

/** The command line, built fresh for each run (tests build one per case). */
export function createProgram(io: IO, outcome: Outcome): Command {
  const program = new Command('extract')
    .description('Who said what, about whom: quotes and claims in Indonesian news, attributed to people, states and organizations.')
    .version(VERSION, '-V, --version')
    .argument('[inputs...]', 'files to read; - or a piped stdin for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--lexicon <path>', 'an extra lexicon file or folder, merged over the built-in one (repeatable)', collect, [])
    .option('--no-default-lexicon', 'use only the lexicons given with --lexicon')
    .option('--date <YYYY-MM-DD>', "the article's date, for titles that resolve by date (overrides the byline)")
    .option('--stdin-filepath <path>', 'the path to report for standard input', '-')
    .option('--max-file-size <MB>', 'refuse files larger than this', '50')
    .option('--color', 'colour the text report')
    .option('--no-color', 'never colour')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .action(async (inputs: string[], flags: ExtractFlags) => {
      outcome.code = await runExtract(inputs, flags, io);
    });
  return program;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
