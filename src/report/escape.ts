/** Text and attribute values made safe for HTML: nothing in an article can open a tag. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON for a <script type="application/json"> element: a "<" inside a string could close the
 * element (</script>) or open a comment, so every one is written as \u003c, which JSON.parse reads back.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
