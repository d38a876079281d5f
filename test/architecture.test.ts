// The stages point one way: text → lexicon → extract (the readers: Indonesian, then English on
// top of it) → report and inspect → the pipeline → eval → the command line. A module may import
// from its own stage or an earlier one, never from a later one.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** Each folder of src/ (and the files at its top) by its place in the order. */
const STAGES: Record<string, number> = {
  text: 0,
  input: 1,
  lexicon: 1,
  extract: 2,
  english: 3,
  report: 4,
  inspect: 4,
  '.': 5, // pipeline.ts, index.ts
  eval: 6,
  bench: 7,
  build: 7,
  cli: 7,
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** The stage folder of a file under src/. */
function stageOf(file: string): string {
  const rel = relative(SRC, file);
  return rel.includes('/') ? rel.split('/')[0]! : '.';
}

/** Every relative import of a file, static, type-only or dynamic, as the file it names. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) out.push(resolve(dirname(file), m[1]!));
  return out;
}

const edges = files(SRC).flatMap((file) => importsOf(file).map((to) => ({ from: file, to })));

describe('the stages point one way', () => {
  it('every folder of src/ has a place in the order', () => {
    const folders = new Set(files(SRC).map(stageOf));
    for (const f of folders) expect(STAGES, `src/${f} has no stage`).toHaveProperty(f);
  });

  it('finds the imports it judges (the reading itself works)', () => {
    expect(edges.some((e) => stageOf(e.from) === 'report' && stageOf(e.to) === 'extract')).toBe(true);
    expect(edges.length).toBeGreaterThan(100);
  });

  it('no module imports from a later stage', () => {
    const back = edges
      .filter((e) => STAGES[stageOf(e.to)]! > STAGES[stageOf(e.from)]!)
      .map((e) => `${relative(SRC, e.from)} → ${relative(SRC, e.to)}`);
    expect(back).toEqual([]);
  });

  it('no import leaves src/', () => {
    const outside = edges.filter((e) => relative(SRC, e.to).startsWith('..')).map((e) => relative(SRC, e.from));
    expect(outside).toEqual([]);
  });
});

/** The most lines a function of src/ may span, its signature and closing brace included. */
const MAX_FUNCTION_LINES = 80;

/**
 * The functions and methods of a file with the lines each spans: a declaration's line, then
 * braces counted (outside strings, comments and regular expressions) until it closes.
 */
function functionsOf(file: string): { name: string; line: number; lines: number }[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: { name: string; line: number; lines: number }[] = [];
  const declaration =
    /^\s*(?:export\s+)?(?:async\s+)?function\*?\s+(\w+)|^\s*(?:private\s+|static\s+|async\s+)*(\w+)\s*\([^)]*\)\s*(?::\s*[^{]+)?\{\s*$/;
  const noise =
    /'(?:\\.|[^'])*'|"(?:\\.|[^"])*"|`(?:\\.|[^`])*`|\/\/.*$|\/(?![*/])(?:\\.|\[[^\]]*\]|[^/\n])+\/[gimsuy]*/g;
  lines.forEach((text, i) => {
    const m = declaration.exec(text);
    const name = m?.[1] ?? m?.[2];
    if (!name || ['if', 'for', 'while', 'switch', 'catch'].includes(name)) return;
    let depth = 0;
    let opened = false;
    for (let j = i; j < lines.length; j++) {
      const bare = lines[j]!.replace(noise, '');
      const open = bare.split('{').length - 1;
      depth += open - (bare.split('}').length - 1);
      opened ||= open > 0;
      if (opened && depth <= 0) {
        out.push({ name, line: i + 1, lines: j - i + 1 });
        return;
      }
    }
  });
  return out;
}

describe('functions stay small', () => {
  it('the reading of functions finds long ones (checked on a function of its own)', () => {
    const sizes = functionsOf(fileURLToPath(import.meta.url));
    expect(sizes.find((f) => f.name === 'functionsOf')!.lines).toBeGreaterThan(20);
  });

  it(`no function in src/ spans ${MAX_FUNCTION_LINES} lines or more`, () => {
    const long = files(SRC).flatMap((file) =>
      functionsOf(file)
        .filter((f) => f.lines >= MAX_FUNCTION_LINES)
        .map((f) => `${relative(SRC, file)}:${f.line} ${f.name} (${f.lines} lines)`),
    );
    expect(long).toEqual([]);
  });
});
