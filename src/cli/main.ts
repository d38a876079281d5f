import { CommanderError } from 'commander';
import { createProgram } from './program.js';
import { UsageError } from './run.js';
import { EXIT, type IO, type Outcome } from './io.js';

/**
 * Runs the command line on argv (without node and the script) and returns the exit code.
 * User errors print one line; an internal error prints one line asking for a report, and
 * its stack trace only with --debug.
 */
export async function main(argv: string[], io: IO, cwd = process.cwd()): Promise<number> {
  const outcome: Outcome = { code: EXIT.ok };
  const program = createProgram(io, outcome, cwd);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return outcome.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help'
        ? EXIT.ok
        : EXIT.error;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`extract: ${e.message}\n`);
      return EXIT.error;
    }
    const err = e as Error;
    io.stderr.write(
      `extract: internal error: ${err.message} (this is a bug: please report it with the input that caused it)\n`,
    );
    if (argv.includes('--debug')) io.stderr.write(`${err.stack ?? ''}\n`);
    return EXIT.error;
  }
}
