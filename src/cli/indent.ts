/** Indents a block: its first line with `first`, the others with `rest`. */
export function indent(block: string, first: string, rest: string): string {
  return block
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => (line === '' ? '' : (i === 0 ? first : rest) + line))
    .join('\n');
}
