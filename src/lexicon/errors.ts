import type { LineCounter, Node } from 'yaml';

/** A problem in a lexicon file, with the place it was found. */
export class LexiconError extends Error {
  readonly code = 'lexicon';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${col}: ${detail}`);
    this.name = 'LexiconError';
  }
}

/** Turns YAML node offsets into file:line:col errors. */
export class Locator {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  at(node: Node | null | undefined, detail: string): LexiconError {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    return new LexiconError(this.file, line, col, detail);
  }

  position(node: Node | null | undefined): { line: number; col: number } {
    return this.lines.linePos(node?.range?.[0] ?? 0);
  }
}
