import type { ToCodePoint } from './codepoints.js';

/** A place in a text as an editor shows it: 1-based line and column, the column in code points. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Line and column of a UTF-16 offset. Lines end at \n, \r\n or a lone \r, as editors break
 * them; columns count code points, like every offset of the output.
 */
export function lineMapper(text: string, cp: ToCodePoint): (utf16: number) => LineColumn {
  let starts: number[] | null = null;
  return (offset) => {
    // Read once, on the first item: a document with none needs no lines.
    if (starts === null) {
      starts = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: cp(offset) - cp(starts[lo]!) + 1 };
  };
}
