import { isAscii } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, type Stats, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type Form, knownForms, knownTrieWords, type Lexicon } from './compile.js';
import { readEntities } from './entities.js';
import { LexiconError } from './errors.js';
import { partFile, readLanguagePart, LANGUAGE_FILES, type LanguagePart } from './language.js';
import type { EntityEntry, LanguageData, LexiconData } from './types.js';

/** The lexicons/ folder shipped with the package. */
export const BUILTIN_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));
// Written from dist/lexicon/ so that it resolves the same from the command line's bundle in dist/cli/.
const PRECOMPILED = fileURLToPath(new URL('../lexicon/builtin.json', import.meta.url));

export interface LoadOptions {
  /** Extra entity files or folders, merged over the built-in lexicon (same id: replaced). */
  paths?: readonly string[];
  /** Include the built-in entities (default true). The language data is always built in. */
  defaults?: boolean;
}

/** Reads, validates and compiles a lexicon; all or nothing: any error throws a LexiconError. */
export function loadLexicon(options: LoadOptions = {}): Lexicon {
  // The built-in lexicon alone, as the build step checked it: no checks to repeat.
  const checked = !options.paths?.length && options.defaults !== false && readBuiltin().precompiled;
  return compile(readLexiconData(options), checked);
}

export function readLexiconData(options: LoadOptions = {}): LexiconData {
  const builtin = readBuiltin().data;
  const entities = options.defaults === false ? [] : [...builtin.entities];
  const user: EntityEntry[] = [];
  for (const p of options.paths ?? []) {
    for (const file of yamlFiles(p)) user.push(...readEntities(readText(file), file));
  }
  if (user.length > 0) {
    const replaced = new Set(user.map((e) => e.id));
    return { entities: [...entities.filter((e) => !replaced.has(e.id)), ...user], language: builtin.language };
  }
  return { entities, language: builtin.language };
}

/**
 * The built-in lexicon. An installed package ships only its compiled form (dist/lexicon/builtin.json);
 * a checkout has the YAML too, and reads it when a file in lexicons/ has changed since the build.
 */
export function readBuiltin(): { data: LexiconData; precompiled: boolean } {
  return (builtin ??= readBuiltinOnce());
}

// Read once per process: loading the lexicon twice (a check, then a run) reads the files once.
let builtin: { data: LexiconData; precompiled: boolean } | undefined;

function readBuiltinOnce(): { data: LexiconData; precompiled: boolean } {
  const sources = existsSync(BUILTIN_DIR) ? builtinFiles() : null;
  let pre: { stamp: string; data: LexiconData; forms?: Record<string, Form>; words?: string[] } | undefined;
  try {
    pre = JSON.parse(asText(readFileSync(PRECOMPILED))) as typeof pre;
  } catch {
    // no compiled form: a checkout before its first build reads the YAML
  }
  if (pre && (!sources || pre.stamp === fingerprint(sources))) {
    knownForms(pre.forms ?? {});
    if (pre.words) knownTrieWords(pre.words);
    return { data: pre.data, precompiled: true };
  }
  if (!sources) throw new LexiconError(PRECOMPILED, 1, 1, 'the built-in lexicon is missing; reinstall the package');
  return { data: readBuiltinYaml(sources), precompiled: false };
}

/** The build writes the compiled form in ASCII (precompile.ts): read as such, nothing is decoded. */
function asText(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

export function readBuiltinYaml(files = builtinFiles()): LexiconData {
  const language = {} as Record<LanguagePart, unknown>;
  for (const part of Object.keys(LANGUAGE_FILES) as LanguagePart[]) {
    const file = join(BUILTIN_DIR, partFile(part));
    language[part] = readLanguagePart(part, readText(file), display(file));
  }
  const entities = files.entities.flatMap((f) => readEntities(readText(f), display(f)));
  return { entities, language: language as unknown as LanguageData };
}

interface BuiltinFiles {
  entities: string[];
  all: string[];
}

export function builtinFiles(): BuiltinFiles {
  const entities = walk(join(BUILTIN_DIR, 'entities'));
  const language = (Object.keys(LANGUAGE_FILES) as LanguagePart[]).map((p) => join(BUILTIN_DIR, partFile(p)));
  return { entities, all: [...language, ...entities] };
}

/** Sizes and modification times of the built-in files: a stale precompiled form is ignored. */
export function fingerprint(files: BuiltinFiles): string {
  return files.all
    .map((f) => {
      const s = statSync(f);
      return `${relative(BUILTIN_DIR, f)}:${s.size}:${Math.floor(s.mtimeMs)}`;
    })
    .join('|');
}

function display(file: string): string {
  return join('lexicons', relative(BUILTIN_DIR, file));
}

function yamlFiles(path: string): string[] {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch {
    throw new LexiconError(path, 1, 1, 'no such file or folder');
  }
  if (!stat.isDirectory()) return [path];
  const files = walk(path);
  if (files.length === 0) throw new LexiconError(path, 1, 1, 'no .yaml or .yml files in this folder');
  return files;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith('.')) out.push(...walk(p));
    else if (e.isFile() && /\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch (e) {
    throw new LexiconError(file, 1, 1, `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
