import { readEntities } from '../lexicon/entities.js';
import { LexiconError } from '../lexicon/errors.js';
import { entryData, listEntities, trace } from '../inspect/trace.js';
import { lexiconWarnings } from '../inspect/warnings.js';
import type { Lexicon } from '../lexicon/compile.js';
import type { EntityType } from '../lexicon/types.js';
import { toYaml } from '../report/yaml.js';
import { readFileSync } from 'node:fs';
import { EXIT, type IO } from './io.js';
import { lexiconFor, UsageError } from './options.js';

export interface LexiconFlags {
  lexicon: string[];
  defaultLexicon: boolean;
}

function load(flags: LexiconFlags, extra: readonly string[] = []): Lexicon {
  return lexiconFor({ paths: [...flags.lexicon, ...extra], defaults: flags.defaultLexicon });
}

/** extract lexicon list [--type T]: id, type, name and aliases, one entity a line. */
export function runList(flags: LexiconFlags & { type?: string; format: 'text' | 'json' }, io: IO): number {
  if (flags.type && !['person', 'state', 'organization'].includes(flags.type))
    throw new UsageError(`--type must be person, state or organization (got "${flags.type}")`);
  const entries = listEntities(load(flags), (flags.type as EntityType | undefined) ?? null);
  if (flags.format === 'json') {
    io.stdout.write(`${JSON.stringify(entries.map(entryData), null, 2)}\n`);
  } else {
    for (const e of entries)
      io.stdout.write(
        `${e.id}\t${e.type}\t${e.name}${e.aliases.length ? `\t${e.aliases.map((a) => a.text).join(', ')}` : ''}\n`,
      );
  }
  return EXIT.ok;
}

/** extract lexicon show ID: the entry as YAML, and where it is defined. */
export function runShow(id: string, flags: LexiconFlags, io: IO): number {
  const lex = load(flags);
  const n = lex.index.get(id);
  if (n === undefined) throw new UsageError(`no entity with the id "${id}" (extract lexicon list shows them)`);
  const e = lex.entities[n]!;
  io.stdout.write(`# ${e.origin.file}:${e.origin.line}\n${toYaml([entryData(e)])}`);
  return EXIT.ok;
}

/**
 * extract lexicon check [FILES]: validates entity files together with the built-in lexicon,
 * for a pull request to it. Errors (file:line:col) exit 2; forms that would match what they
 * should not (an ordinary word, a given name, another person's name word) are warnings and
 * exit 1.
 */
export function runCheck(files: string[], flags: LexiconFlags, io: IO): number {
  for (const f of files) {
    try {
      readEntities(readFileSync(f, 'utf8'), f);
    } catch (e) {
      if (e instanceof LexiconError) throw new UsageError(`lexicon: ${e.message}`);
      throw new UsageError(
        `lexicon: ${f}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
      );
    }
  }
  const lex = load(flags, files);
  const warnings = lexiconWarnings(lex, (e) => !files.length || files.includes(e.origin.file));
  for (const w of warnings) io.stderr.write(`extract lexicon: warning: ${w.file}:${w.line}:${w.col}: ${w.message}\n`);
  const checked = files.length ? lex.entities.filter((e) => files.includes(e.origin.file)).length : lex.entities.length;
  io.stdout.write(`${checked} entities checked, ${lex.entities.length} in the lexicon, ${warnings.length} warnings\n`);
  return warnings.length ? EXIT.gate : EXIT.ok;
}

/** extract trace TEXT: which entry and which form matched, which matches were dropped and why, and why not if none. */
export function runTrace(text: string, flags: LexiconFlags, io: IO): number {
  for (const t of trace(load(flags), text)) {
    io.stdout.write(t.entity ? `"${t.text}" → ${t.entity}: ${t.detail}\n` : `"${t.text}": ${t.detail}\n`);
  }
  return EXIT.ok;
}
