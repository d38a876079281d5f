import { type Dirent, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Tinyglobby from 'tinyglobby';
import { byCodeUnits, unreadable, type WalkError } from './walk.js';

/** Does the argument look like a glob pattern (quoted, so the shell left it to us)? */
export function isGlob(arg: string): boolean {
  return /[*?[{]/.test(arg);
}

/**
 * The files a glob matches (picomatch's syntax: `*`, `?`, `[abc]`, nested `{a,{b,c}}`, `**`),
 * as the folder walk finds them: dot-entries only where the pattern names them, node_modules
 * only where the pattern names it, symbolic links never followed. Sorted, code-unit order. A
 * folder that cannot be read is added to `errors` and the rest is still matched.
 */
export function expandGlob(pattern: string, errors: WalkError[]): string[] {
  const files = globber().globSync(pattern, {
    dot: false,
    followSymbolicLinks: false,
    onlyFiles: true,
    expandDirectories: false,
    absolute: true,
    ignore: pattern.includes('node_modules') ? [] : ['**/node_modules/**'],
    fs: { readdirSync: reportingReaddir(errors) as typeof readdirSync },
  });
  return files.sort(byCodeUnits);
}

let lib: typeof Tinyglobby | undefined;

/** The glob library, loaded on first use: a run over files and folders never pays for it. */
function globber(): typeof Tinyglobby {
  return (lib ??= createRequire(import.meta.url)('tinyglobby') as typeof Tinyglobby);
}

/** readdirSync that notes an unreadable folder and lists it as empty, so the crawl goes on. */
function reportingReaddir(errors: WalkError[]) {
  return (path: string, options: { withFileTypes: true }): Dirent[] => {
    try {
      return readdirSync(path, options);
    } catch (e) {
      errors.push(unreadable(path.replace(/\/$/, ''), e as NodeJS.ErrnoException));
      return [];
    }
  };
}
