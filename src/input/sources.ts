import { type Stats, statSync } from 'node:fs';
import { isAbsolute, normalize, relative, sep } from 'node:path';
import type { Known } from '../text/known.js';
import { expandGlob, isGlob } from './glob.js';
import { byCodeUnits, walk, type WalkError } from './walk.js';

/** What an input says of itself: a jsonl record's language and date, the metadata known of it (--meta). */
export interface Given {
  lang?: 'auto' | 'id' | 'en';
  /** The date titles resolve by (YYYY-MM-DD), over the run's --date. */
  date?: string;
  known?: Known;
}

/** One document to process, or the error that stands in its place. */
export type InputSource =
  | ({ kind: 'file'; path: string; display: string; out: string } & Given)
  | { kind: 'stdin'; display: string; out: string }
  /** A jsonl record's text, or standard input's. */
  | ({ kind: 'text'; display: string; out: string; text: string } & Given)
  | { kind: 'error'; display: string; out: string; error: { code: string; message: string } };

export interface ExpandOptions {
  /** File name endings a folder walk takes (default .txt). */
  exts: readonly string[];
  cwd: string;
  stdinLabel: string;
}

export interface Expanded {
  sources: InputSource[];
  /** One file or stdin: print its result as one document rather than a corpus. */
  single: boolean;
}

/**
 * Turns the command line's inputs into the list of documents: files as given, folders
 * walked, globs expanded, `-` for stdin. The list is sorted by path in code-unit order (the
 * same on every machine), each path once; an input that cannot be used becomes an error
 * entry in its sorted place.
 */
export function expandInputs(args: readonly string[], o: ExpandOptions): Expanded {
  const found: InputSource[] = [];
  const add = (s: InputSource) => found.push(s);
  for (const arg of args) {
    if (arg === '-') {
      add({ kind: 'stdin', display: o.stdinLabel, out: outName(o.stdinLabel) });
      continue;
    }
    const display = shown(arg, o.cwd);
    let st: Stats;
    try {
      st = statSync(arg);
    } catch (e) {
      if (isGlob(arg)) {
        const errors: WalkError[] = [];
        const files = expandGlob(arg, errors);
        for (const err of errors) add(failure(shown(err.path, o.cwd), err.code, err.message));
        if (files.length === 0 && errors.length === 0) add(failure(display, 'no-match', 'no files match this pattern'));
        const base = globBase(arg);
        for (const f of files) add({ kind: 'file', path: f, display: shown(f, o.cwd), out: relative(base, f) });
        continue;
      }
      add(failure(display, ...missing(e as NodeJS.ErrnoException)));
      continue;
    }
    if (st.isDirectory()) {
      const errors: WalkError[] = [];
      const files = walk(arg, o.exts, errors);
      for (const err of errors) add(failure(shown(err.path, o.cwd), err.code, err.message));
      if (files.length === 0 && errors.length === 0) {
        add(failure(display, 'no-files', `no ${o.exts.map((x) => `*${x}`).join(', ')} files in this folder`));
      }
      for (const f of files) add({ kind: 'file', path: f, display: shown(f, o.cwd), out: relative(arg, f) });
    } else {
      add({ kind: 'file', path: arg, display, out: outName(display) });
    }
  }
  // The first source of each displayed path, in code-unit order.
  const byDisplay = new Map<string, InputSource>();
  for (const s of found) if (!byDisplay.has(s.display)) byDisplay.set(s.display, s);
  const sources = [...byDisplay.values()].sort((a, b) => byCodeUnits(a.display, b.display));
  const one = args.length === 0 || (args.length === 1 && (args[0] === '-' || isFileArg(args[0]!)));
  return { sources, single: one && sources.length === 1 };
}

/** The path as the output shows it: relative, with / separators, never absolute. */
export function shown(p: string, cwd: string): string {
  const rel = isAbsolute(p) ? relative(cwd, p) || '.' : normalize(p);
  return rel.split(sep).join('/').replace(/\/$/, '');
}

/** A safe relative name for --out: no leading ../ or /. */
export function outName(display: string): string {
  return display.replace(/^(\.\.\/)+/, '').replace(/^\/+/, '') || 'stdin';
}

function globBase(pattern: string): string {
  const segs = pattern.split('/');
  const fixed: string[] = [];
  for (const s of segs.slice(0, -1)) {
    if (isGlob(s)) break;
    fixed.push(s);
  }
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
}

function isFileArg(arg: string): boolean {
  try {
    return statSync(arg).isFile();
  } catch {
    return false;
  }
}

function failure(display: string, code: string, message: string): InputSource {
  return { kind: 'error', display, out: outName(display), error: { code, message } };
}

function missing(e: NodeJS.ErrnoException): [string, string] {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return ['not-found', 'no such file or folder'];
  if (e.code === 'EACCES' || e.code === 'EPERM') return ['unreadable', 'permission denied'];
  if (e.code === 'ELOOP') return ['unreadable', 'too many levels of symbolic links'];
  return ['unreadable', e.code ?? e.message];
}
