import { own } from '../text/own.js';

/** The id an unlisted speaker gets from its name: stable kebab-case, accents dropped. */
export function idFromName(written: string): string {
  let id = made.get(written);
  if (id === undefined) {
    // Kept across documents: a copy, not a view of the document's text (text/own.ts).
    const name = own(written);
    // ASCII names (most) need no Unicode folding.
    const folded = NON_ASCII.test(name) ? name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : name;
    id = kebab(folded) || 'unnamed';
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

/** Lowercase ASCII letters and digits, each run of anything else one hyphen, none at the ends. */
function kebab(s: string): string {
  let out = '';
  let from = -1;
  for (let i = 0; i <= s.length; i++) {
    let c = i < s.length ? s.charCodeAt(i) : 0;
    if (c >= 65 && c <= 90) c += 32;
    const kept = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (kept && from < 0) from = i;
    else if (!kept && from >= 0) {
      out += (out ? '-' : '') + s.slice(from, i).toLowerCase();
      from = -1;
    }
  }
  return out;
}
