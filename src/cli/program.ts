import { Argument, Command, Help, Option } from 'commander';
import type { SchemaName } from '../report/schema.js';
import { FORMATS } from './config.js';
import type { IO, Outcome } from './io.js';
import type { ExtractFlags } from './options.js';
import type { EvalFlags } from './eval.js';
import type { SuggestFlags } from './suggest.js';
import { runExtract } from './run.js';
import { addStats } from './stats.js';
import { VERSION } from './version.js';

/** The command line, built fresh for each run (tests build one per case). */
export function createProgram(io: IO, outcome: Outcome, cwd: string): Command {
  const program = new Command('extract')
    .description(
      'Who said what, about whom: quotes and claims in Indonesian and English news, attributed to people, states and organizations.',
    )
    .version(VERSION, '-V, --version')
    .argument('[inputs...]', 'files, folders (walked for *.txt), quoted globs; - or a piped stdin for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--ext <endings>', 'file endings taken from folders, comma-separated', '.txt')
    .option('--files-from <file>', 'read input paths from a file, one per line (- for stdin)')
    .addOption(
      new Option(
        '--input-format <format>',
        'text, or jsonl records {"id"|"path", "text"?, "lang"?, "date"?, "title"?, "outlet"?, "url"?, "author"?, "published"?}',
      )
        .choices(['text', 'jsonl'])
        .default('text'),
    )
    .option('--stdin-filepath <path>', 'the path to report for standard input', '-')
    .option(
      '--meta <file>',
      "the documents' metadata (url, outlet, title, published, author, year, lang): a .csv or .jsonl file, a record per document keyed by path, file or id",
    )
    .option('--out <dir>', 'write one result file per input into this folder, mirroring paths')
    .option('--documents', 'with --format csv: one row per document (metadata and counts), not one per quote or claim')
    .addOption(
      new Option(
        '--group-by <key>',
        "the corpus view (text, md): each entity's quotes and claims by outlet or by month",
      ).choices(['outlet', 'month']),
    )
    .option('--entity <id|name>', 'keep the quotes and claims of this speaker, listed or not (repeatable)', collect, [])
    .option('--about <id|name>', 'keep the quotes and claims that mention this entity (repeatable)', collect, [])
    .option('--type <type>', 'keep speakers of this type: person, state, organization (repeatable)', collect, [])
    .option('--kind <kind>', 'keep only quotes or only claims (repeatable)', collect, [])
    .option('--min-confidence <n>', 'keep quotes and claims at least this sure (0 to 1)')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)')
    .option('--shard <i/n>', 'process only the i-th of n contiguous chunks of the sorted inputs')
    .option('--fail-on-empty', 'exit 1 when a document has no quote and no claim')
    .option(
      '--lexicon <path>',
      'an extra lexicon file or folder, merged over the built-in one (repeatable)',
      collect,
      [],
    )
    .option('--no-default-lexicon', 'use only the lexicons given with --lexicon')
    .option('--date <YYYY-MM-DD>', "the article's date, for titles that resolve by date (overrides the byline)")
    .option('--max-file-size <MB>', 'refuse files larger than this', '50')
    .addOption(
      new Option('--lang <lang>', "the documents' language: auto (told per document), id or en")
        .choices(['auto', 'id', 'en'])
        .default('auto'),
    )
    .option('--encoding <name>', 'what files without a BOM are in: utf-8, latin1 or windows-1252', 'utf-8')
    .option('--color', 'colour the text report')
    .option('--no-color', 'never colour')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--debug', 'print stack traces of internal errors')
    // Options after a subcommand's name are the subcommand's (eval --format json).
    .enablePositionalOptions()
    .addHelpText('after', MAIN_HELP)
    .action(async (inputs: string[], flags: ExtractFlags) => {
      outcome.code = await runExtract(inputs, flags, io, cwd);
    });
  // Set before the commands are added: they inherit it.
  shapeHelp(program, io);
  // `extract help [command]`, as git and ripgrep users expect (a file named "help" is ./help).
  program.helpCommand('help [command]', 'show the help of extract or of one of its commands');
  addEval(program, io, outcome);
  addLexicon(program, io, outcome, cwd);
  addSchema(program, io);
  addStats(program, io, outcome, cwd);
  return program;
}

const MAIN_HELP = `
Examples:
  extract article.txt                          quotes and claims of one article, as text
  extract article.txt --format json            the output contract (extract schema shows it)
  extract news/ --format csv > items.csv       a folder of articles, a row per quote or claim
  extract news/ --entity Stoltenberg           only what one speaker said
  extract news/ --meta manifest.jsonl          with the outlet, url and date a manifest gives
  cat records.jsonl | extract --input-format jsonl --format jsonl
  extract eval gold/                           score against annotated articles
  extract help eval                            the help of a command

Exit codes:
  0    every input was processed (however many quotes were found)
  1    an opt-in gate failed (--fail-on-empty; eval --min/--max)
  2    a usage error, a bad lexicon or metadata file, or an input that could not be read or
       written; the other inputs' results are still written first
  130  interrupted (Ctrl-C); what was written is whole

Environment:
  NO_COLOR      set and not empty: never colour the text report
  FORCE_COLOR   0 never, 1-3 always colour (after --color/--no-color and NO_COLOR)
  CI            set: no progress line, even on a terminal
`;

/**
 * Help and errors the same for every command: the output to the given streams, every error
 * as one "extract: …" line, and no "(default: [])" after repeatable options.
 */
function shapeHelp(command: Command, io: IO): void {
  command
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`extract: ${s.replace(/^error: /, '')}`),
    })
    .configureHelp({
      optionDescription: (option) => new Help().optionDescription(option).replace(' (default: [])', ''),
    });
}

/** extract eval FOLDERS: the extraction scored against gold annotations. */
function addEval(program: Command, io: IO, outcome: Outcome): void {
  program
    .command('eval')
    .description('score the extraction against gold annotations (X.txt beside X.gold.yaml), folder by folder')
    .argument('<folders...>', 'folders of annotated articles')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option(
      '--min <name=value,...>',
      'exit 1 when a metric falls under its threshold, e.g. quoteRecall=0.97,speakerHigh=0.95',
    )
    .option('--max <name=value,...>', 'exit 1 when a share of errors rises over its threshold, e.g. speakersSplit=0.03')
    .option('-v, --verbose', 'list every miss and every wrong speaker or cue, with its sentence')
    .option('--lexicon <path>', 'an extra lexicon file or folder (repeatable)', collect, [])
    .option('--no-default-lexicon', 'use only the lexicons given with --lexicon')
    .addHelpText(
      'after',
      `
Examples:
  extract eval gold/ --verbose                 every miss and wrong speaker, with its sentence
  extract eval gold/ --min quoteRecall=0.97    exit 1 when quote recall falls under 97%

Exit codes:
  0  scored (and every --min/--max held)
  1  a metric crossed its --min or --max
  2  a usage error, a folder without gold files, or a malformed gold file
`,
    )
    .action(async (folders: string[], flags: EvalFlags) => {
      // The commands besides extract load their modules when run: a plain run starts faster.
      const { runEval } = await import('./eval.js');
      outcome.code = await runEval(folders, flags, io);
    });
}

/** extract lexicon list|show|check, extract trace TEXT, extract suggest INPUTS: the lexicon and what it misses. */
function addLexicon(program: Command, io: IO, outcome: Outcome, cwd: string): void {
  const lexiconCommand = program.command('lexicon').description('look into the lexicon: list, show, check');
  const lexiconOptions = (c: Command) =>
    c
      .option('--lexicon <path>', 'an extra lexicon file or folder (repeatable)', collect, [])
      .option('--no-default-lexicon', 'use only the lexicons given with --lexicon');
  lexiconOptions(
    lexiconCommand
      .command('list')
      .description('list the entities: id, type, name, aliases')
      .addOption(new Option('--type <type>', 'only entities of this type').choices(['person', 'state', 'organization']))
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (flags) => {
    outcome.code = (await lexiconCommands()).runList(flags, io);
  });
  lexiconOptions(
    lexiconCommand.command('show').description('print one entry as YAML, with where it is defined').argument('<id>'),
  ).action(async (id: string, flags) => {
    outcome.code = (await lexiconCommands()).runShow(id, flags, io);
  });
  lexiconOptions(
    lexiconCommand
      .command('check')
      .description('validate entity files with the built-in lexicon (exit 2 on errors, 1 on warnings)')
      .argument('[files...]'),
  ).action(async (files: string[], flags) => {
    outcome.code = (await lexiconCommands()).runCheck(files, flags, io);
  });
  lexiconOptions(
    program
      .command('trace')
      .description('which entry and which form a text matches, what drops a match, and why not if none')
      .argument('<text>'),
  ).action(async (text: string, flags) => {
    outcome.code = (await lexiconCommands()).runTrace(text, flags, io);
  });
  lexiconOptions(
    program
      .command('suggest')
      .description('list the speakers the lexicon does not know, most quoted first, as lexicon YAML')
      .argument('<inputs...>', 'files, folders, quoted globs')
      .option('--ext <endings>', 'file endings taken from folders', '.txt')
      .option('--min <n>', 'only speakers with at least this many quotes and claims', '1'),
  ).action(async (inputs: string[], flags: SuggestFlags) => {
    const { runSuggest } = await import('./suggest.js');
    outcome.code = await runSuggest(inputs, flags, io, cwd);
  });
}

/** extract schema [which]: the JSON Schema of the output. */
function addSchema(program: Command, io: IO): void {
  program
    .command('schema')
    .description(
      'print the JSON Schema of the output: a document result (default), a jsonl error record, or the corpus object',
    )
    .addArgument(
      new Argument('[which]', 'document, record or corpus')
        .choices(['document', 'record', 'corpus'])
        .default('document'),
    )
    .action(async (which: SchemaName) => {
      const { jsonSchema } = await import('../report/schema.js');
      io.stdout.write(`${JSON.stringify(jsonSchema(which), null, 2)}\n`);
    });
}

function lexiconCommands(): Promise<typeof import('./lexicon-commands.js')> {
  return import('./lexicon-commands.js');
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
