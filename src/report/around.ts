// What the readable reports show around an item: where it is, and its sentence when that says more.

/** An item's place as an editor takes it after a path: `line:column`. */
export function at(x: { line: number; column: number }): string {
  return `${x.line}:${x.column}`;
}

/**
 * The item's sentence, on one line, when it says more than the item: a claim's whole sentence, a
 * quote's cue and narration; null for a quote that is its sentence (its marks and commas aside).
 */
export function sentenceAround(x: {
  start: number;
  end: number;
  sentence: { text: string; start: number; end: number };
}): string | null {
  const s = x.sentence;
  // Offsets are code points: the text is cut by code points too.
  const points = Array.from(s.text);
  const outside = points.slice(0, Math.max(0, x.start - s.start)).join('') + points.slice(x.end - s.start).join('');
  return /[\p{L}\p{N}]/u.test(outside) ? s.text.replace(/\s*\n\s*/g, ' ') : null;
}

/** The speaker as written, and the title the article gives them: `“nya”, Sekjen NATO`. */
export function writtenAs(written: string | null | undefined, role: string | null | undefined): string | null {
  if (!written) return null;
  return role ? `“${written}”, ${role}` : `“${written}”`;
}
