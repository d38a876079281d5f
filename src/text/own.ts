/**
 * A copy of a string that holds on to no other. A slice of a document's text (13 characters or
 * more) is kept by V8 as a view of the whole text, which then lives as long as the slice does:
 * a memo kept from one document to the next, holding such slices, would hold thousands of
 * documents. Shorter strings are copies already.
 */
export function own(w: string): string {
  return w.length < 13 ? w : ` ${w}`.slice(1);
}
