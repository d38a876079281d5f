import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** A folder entry that could not be read: the walk reports it and goes on. */
export interface WalkError {
  path: string;
  code: string;
  message: string;
}

/** Code-unit order, the same on every machine and locale. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The error entry for a folder that could not be listed. */
export function unreadable(path: string, e: NodeJS.ErrnoException): WalkError {
  const code = e.code ?? 'EIO';
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
  return { path, code: 'unreadable', message: `cannot read folder: ${why}` };
}

export function isSkippedDir(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Every file under `dir` whose name ends with one of `exts`, sorted by path in code-unit
 * order. Dot-folders and node_modules are skipped and symbolic links are not followed (a
 * link loop cannot trap the walk). An unreadable folder is reported, not fatal.
 */
export function walk(dir: string, exts: readonly string[], errors: WalkError[]): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    // The entries' types come with the listing: no stat per file.
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      errors.push(unreadable(d, e as NodeJS.ErrnoException));
      return;
    }
    for (const entry of entries.sort((a, b) => byCodeUnits(a.name, b.name))) {
      const name = entry.name;
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) {
        if (!isSkippedDir(name)) visit(join(d, name));
      } else if (entry.isFile() && exts.some((x) => name.endsWith(x))) {
        out.push(join(d, name));
      }
    }
  };
  visit(dir);
  return out.sort(byCodeUnits);
}
