import { parseDateLine, type DateLineWords } from './dates.js';

/** A slot of a header template: what the words there are. */
type Slot = 'date' | 'author' | 'name' | 'outlet';

/** A header line of a page, compiled from its template in lexicons/page/layouts.yaml. */
export interface HeaderLayout {
  template: string;
  pattern: RegExp;
  slots: readonly Slot[];
  /** Words of its own besides the slots ("Penulis : {author}"): HeaderReading.labelled. */
  labelled: boolean;
}

/** What a header line told: any of the writer, the date, the outlet. */
export interface HeaderReading {
  author?: string;
  published?: string;
  outlet?: string;
  /** The line is a name alone: the writer, if the header also gives a date. */
  bare?: boolean;
  /** The line carries a label of its own ("Penulis :", "Editor :"): it may close the article too. */
  labelled: boolean;
}

export interface HeaderWords extends DateLineWords {
  layouts: readonly HeaderLayout[];
  /** Lowercased outlet names, aliases and page forms → the outlet's canonical name. */
  outlets: ReadonlyMap<string, string>;
}

const SLOT = /^\{(date|author|name|outlet)\}$/;
const PIECES = /\{\w+\}|\s*(?:--|[-–—|·/,:])\s*|\s+|[^\s{}|·/,:–—-]+/gu;

/** Compiles "{author} , Jurnalis - {date}" to a pattern over a whole line. */
export function compileLayout(template: string): HeaderLayout {
  const slots: Slot[] = [];
  let source = '';
  for (const piece of template.match(PIECES) ?? []) {
    const slot = SLOT.exec(piece);
    if (slot) {
      slots.push(slot[1] as Slot);
      source += '(.+?)';
    } else if (/^\s+$/.test(piece)) {
      source += String.raw`\s+`;
    } else if (/^\s*(?:--|[-–—])\s*$/.test(piece)) {
      source += String.raw`\s*(?:--|[-–—])\s*`;
    } else if (/^\s*[|·/,:]\s*$/.test(piece)) {
      source += `\\s*${literal(piece.trim())}\\s*`;
    } else {
      source += [...piece].map(anyCase).join('');
    }
  }
  const labelled = /\p{L}/u.test(template.replace(/\{\w+\}/g, ''));
  return { template, pattern: new RegExp(`^${source}$`, 'u'), slots, labelled };
}

function anyCase(c: string): string {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  return lower === upper ? literal(c) : `[${lower}${upper}]`;
}

function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Reads a header line by the first layout whose every slot holds what it should. */
export function readHeaderLine(line: string, words: HeaderWords): HeaderReading | null {
  if (line.length > 160) return null;
  for (const layout of words.layouts) {
    const m = layout.pattern.exec(line);
    if (!m) continue;
    const reading = fill(layout, m, words);
    if (reading) return reading;
  }
  return null;
}

function fill(layout: HeaderLayout, m: RegExpExecArray, words: HeaderWords): HeaderReading | null {
  const reading: HeaderReading = { labelled: layout.labelled };
  for (let i = 0; i < layout.slots.length; i++) {
    const text = m[i + 1]!.trim();
    const slot = layout.slots[i]!;
    if (slot === 'date') {
      const date = parseDateLine(text, words);
      if (date === null) return null;
      reading.published = date;
    } else if (slot === 'outlet') {
      const outlet = outletOf(text, words);
      if (outlet === null) return null;
      reading.outlet = outlet;
    } else {
      if (!isName(text) || outletOf(text, words) !== null) return null;
      if (slot === 'author') reading.author = titleCaseName(text);
    }
  }
  if (layout.slots.length === 1 && layout.slots[0] === 'author' && !reading.labelled) reading.bare = true;
  return reading;
}

const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|co\.id|id|net|org|co)$/iu;

/** An outlet's canonical name, or a domain as printed, or null. */
export function outletOf(text: string, words: { outlets: ReadonlyMap<string, string> }): string | null {
  return words.outlets.get(text.toLowerCase()) ?? (DOMAIN.test(text) ? text : null);
}

const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|bin|binti|van|de|al|el|dan)$/u;

/** One to six words, the first capitalised, no digits: how a writer's name is printed. */
function isName(text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  const ws = text.split(/\s+/);
  return ws.length <= 6 && ws.every((w) => NAME_WORD.test(w));
}

/** "NAMA PENULIS" → "Nama Penulis"; a name in mixed case stays as printed. */
function titleCaseName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}
