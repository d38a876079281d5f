/** The id an unlisted speaker gets from its name: stable kebab-case, accents dropped. */
export function idFromName(name: string): string {
  let id = made.get(name);
  if (id === undefined) {
    // ASCII names (most) need no Unicode folding.
    const folded = NON_ASCII.test(name) ? name.normalize('NFKD').replace(/\p{M}/gu, '') : name;
    id =
      folded
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'unnamed';
    // The same names come back document after document; the memo is bounded all the same.
    if (made.size >= MEMO) made.clear();
    made.set(name, id);
  }
  return id;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, NUL included
const NON_ASCII = /[^\x00-\x7f]/;
const MEMO = 20000;
const made = new Map<string, string>();
