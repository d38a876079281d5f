import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { byCodeUnits, isSkippedDir } from './walk.js';

/** Does the argument look like a glob pattern (quoted, so the shell left it to us)? */
export function isGlob(arg: string): boolean {
  return /[*?[{]/.test(arg);
}

/**
 * Expands a glob: `*` and `?` within a path segment, `[abc]` classes, `{a,b}` alternatives
 * and `**` for any depth. Like the walk, it skips dot-entries unless the pattern names them,
 * skips node_modules under `**`, and never follows symbolic links. Sorted, code-unit order.
 */
export function expandGlob(pattern: string): string[] {
  const out = new Set<string>();
  for (const p of expandBraces(pattern)) {
    const segments = p.split('/');
    const absolute = p.startsWith('/');
    let base = absolute ? '/' : '.';
    let i = absolute ? 1 : 0;
    const fixed: string[] = [];
    while (i < segments.length - 1 && !isGlob(segments[i]!)) fixed.push(segments[i++]!);
    if (fixed.length) base = absolute ? `/${fixed.join('/')}` : fixed.join('/');
    match(base, fixed.length ? base : absolute ? '/' : '', segments.slice(i), out);
  }
  return [...out].sort(byCodeUnits);
}

function match(dir: string, shown: string, rest: string[], out: Set<string>): void {
  const [head, ...tail] = rest;
  if (head === undefined) return;
  if (head === '**') {
    match(dir, shown, tail, out); // zero folders
    for (const name of entries(dir)) {
      const p = join(dir, name);
      if (!isSkippedDir(name) && isDir(p)) match(p, join(shown, name), rest, out);
    }
    return;
  }
  if (!isGlob(head)) {
    const p = join(dir, head);
    if (tail.length === 0) {
      if (isFile(p)) out.add(join(shown, head));
    } else if (isDir(p)) {
      match(p, join(shown, head), tail, out);
    }
    return;
  }
  const re = segmentRegExp(head);
  for (const name of entries(dir)) {
    if (name.startsWith('.') && !head.startsWith('.')) continue;
    if (!re.test(name)) continue;
    const p = join(dir, name);
    if (tail.length === 0) {
      if (isFile(p)) out.add(join(shown, name));
    } else if (isDir(p)) {
      match(p, join(shown, name), tail, out);
    }
  }
}

function segmentRegExp(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = seg
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function expandBraces(p: string): string[] {
  const open = p.indexOf('{');
  const close = open < 0 ? -1 : p.indexOf('}', open);
  if (open < 0 || close < 0) return [p];
  const head = p.slice(0, open);
  const tail = p.slice(close + 1);
  return p
    .slice(open + 1, close)
    .split(',')
    .flatMap((alt) => expandBraces(head + alt + tail));
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir).sort(byCodeUnits);
  } catch {
    return [];
  }
}

function isDir(p: string): boolean {
  try {
    const s = lstatSync(p);
    return s.isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return lstatSync(p).isFile();
  } catch {
    return false;
  }
}
