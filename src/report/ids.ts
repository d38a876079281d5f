/** The id an unlisted speaker gets from its name: stable kebab-case, accents dropped. */
export function idFromName(name: string): string {
  let id = made.get(name);
  if (id === undefined) {
    id =
      name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'unnamed';
    // The same names come back document after document; the memo is bounded all the same.
    if (made.size >= MEMO) made.clear();
    made.set(name, id);
  }
  return id;
}

const MEMO = 20000;
const made = new Map<string, string>();
