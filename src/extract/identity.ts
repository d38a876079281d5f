import { roleKey } from '../lexicon/compile.js';
import type { EntityType } from '../lexicon/types.js';
import { own } from '../text/own.js';
import { Kind, tokensOf } from '../text/tokenize.js';
import type { Context } from './context.js';
import type { Mention } from './mentions.js';
import type { Name, Names } from './names.js';
import { sortInPlace } from '../text/order.js';

/**
 * One entity of the document: every reference to it (full name, short name, acronym, title)
 * under one id. A listed entity's cluster carries its lexicon index.
 */
export interface Cluster {
  n: number;
  /** The lexicon entity, or null for one the text names but the lexicon does not know. */
  entity: number | null;
  /** The fullest name the document gives (a listed entity's: the lexicon's). */
  name: string;
  /**
   * For a listed person the article never names in full: the fullest form it writes ("Luhut",
   * "Jokowi"), which the speaker goes by; null when it writes the lexicon's name.
   */
  written: string | null;
  type: EntityType;
  /** The words of that name, lowercased, diacritics folded. */
  words: string[];
  /** Where the document names it, in text order (characters). */
  mentions: { start: number; stop: number }[];
  /** For an unlisted person: the title and the organization the text gives with the name. */
  role: string | null;
  affiliation: string | null;
  /** The titles the text gives it, as written ("Sekjen NATO", "Kabid Humas Polda Banten"), with where. */
  titles: { at: number; text: string }[];
}

/** The document's entities, and how a name, a short name or a title written in it is resolved. */
export interface Identity {
  readonly clusters: readonly Cluster[];
  /** The cluster of a lexicon entity mentioned in the document. */
  ofEntity(entity: number): Cluster | undefined;
  /** The cluster a name written at [start, stop) stands for: its full name, an alias or a short form. */
  resolve(name: string, type: EntityType | null, start: number): Cluster | null;
  /** Who the article gave a title to, as seen from `at`: the last so named before it, else the first after. */
  titleHolder(title: string, org: number | null, at: number): Cluster | null;
  /** The state whose offices a bare title names ("Presiden"): the dateline's, else the language's home. */
  readonly home: string | null;
  /** Makes a cluster for a speaker the names stage did not find. */
  adopt(name: string, type: EntityType, start: number, stop: number): Cluster;
  /** Notes a title the text gives a speaker ("…," kata Menlu Retno Marsudi), and how it is written there. */
  attach(title: string, org: number | null, at: number, cluster: Cluster, written?: string | null): void;
  /**
   * Does the text between `start` and `stop` name a cluster: one of its forms, or alone the form
   * of address the article put before its name ("Habib" of "Habib Rizieq Syihab")?
   */
  namedWithin(cluster: number, start: number, stop: number): boolean;
  /** The person named last before `at`, however the text named them (as an object too), and where. */
  lastPersonBefore(at: number): { cluster: Cluster; start: number } | null;
}

export interface IdentityOptions {
  /** A title's first word of office stands for it ("the minister" after "Foreign Minister X"). */
  titleHeads?: boolean;
  /** The home state of the document's language (a lexicon id), before the dateline's. */
  home?: string | null;
}

/** Lowercased, diacritics folded: how names are compared. */
export function nameWords(written: string): string[] {
  let words = folded.get(written);
  if (words === undefined) {
    // Kept across documents: a copy, and words cut from the copy, not from the document's text.
    const s = own(written);
    // ASCII names (most) are split by their character codes; others are folded first.
    words = NON_ASCII.test(s)
      ? (s
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .match(/[\p{L}\p{N}]+/gu) ?? [])
      : asciiWords(s.toLowerCase());
    // The same names come back document after document; the memo is bounded all the same.
    if (folded.size >= MEMO) folded.clear();
    folded.set(s, words);
  }
  return words;
}

/** The runs of letters and digits of a lowercase ASCII string. */
function asciiWords(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum && start < 0) start = i;
    else if (!alnum && start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, NUL included
const NON_ASCII = /[^\x00-\x7f]/;
const MEMO = 20000;
const folded = new Map<string, string[]>();

const key = (words: readonly string[]) => words.join(' ');

/** A name's words as nameWords gives them, read off its tokens: most are plain lowercase letters already. */
function tokenWords(ctx: Context, n: Name): string[] {
  const out: string[] = [];
  for (let k = n.first; k < n.end; k++) {
    const t = ctx.tokens.get(k)!;
    if (t.kind === Kind.Punct) continue;
    if (PLAIN.test(t.lower)) out.push(t.lower);
    else out.push(...nameWords(t.lower));
  }
  return out;
}

const PLAIN = /^[a-z0-9]+$/;

/**
 * Builds the document's entity model from the lexicon's mentions and the names found in the
 * text, in text order: a listed entity is one cluster however it is written; an unlisted
 * person's full name is one cluster, and a shorter form of it (its first or last word, or a
 * run of its words) joins the nearest cluster it fits; an organization's acronym given in
 * parentheses is its alias; a title written before a name is that person's in this article.
 */
export function buildIdentity(
  ctx: Context,
  mentions: readonly Mention[],
  found: Names,
  dateline: string | null,
  options: IdentityOptions = {},
): Identity {
  const { lex, text } = ctx;
  const clusters: Cluster[] = [];
  const byEntity = new Map<number, Cluster>();
  const byKey = new Map<string, Cluster>();
  const titles = new Map<string, { at: number; cluster: Cluster }[]>();
  // Listed people whose lexicon name the article writes.
  const written = new Set<Cluster>();
  // Where each cluster's full name is written, in text order: a short form takes the nearest.
  const anchors = new Map<Cluster, number[]>();
  // People by the first and the last word of their names: a short form starts or ends with one.
  const byEnd = new Map<string, Set<Cluster>>();
  // And by every word of a name of three words or more: "Mulyana" of "Tb Mulyana Syahrudin".
  const byWord = new Map<string, Set<Cluster>>();
  const add = (map: Map<string, Set<Cluster>>, w: string, c: Cluster) => {
    const set = map.get(w) ?? new Set();
    set.add(c);
    map.set(w, set);
  };
  const index = (c: Cluster) => {
    if (c.type !== 'person' || c.words.length === 0) return;
    add(byEnd, c.words[0]!, c);
    add(byEnd, c.words[c.words.length - 1]!, c);
    if (c.words.length > 2) for (const w of c.words) add(byWord, w, c);
  };

  const make = (entity: number | null, name: string, type: EntityType): Cluster => {
    const c: Cluster = {
      n: clusters.length,
      entity,
      name,
      type,
      words: nameWords(name),
      written: null,
      mentions: [],
      role: null,
      affiliation: null,
      titles: [],
    };
    clusters.push(c);
    index(c);
    return c;
  };
  const mention = (c: Cluster, start: number, stop: number, anchor = false) => {
    const last = c.mentions[c.mentions.length - 1];
    if (!last || last.start !== start) c.mentions.push({ start, stop });
    if (!anchor) return;
    const list = anchors.get(c);
    if (!list) {
      anchors.set(c, [start]);
      return;
    }
    // In text order: the later anchors move up one.
    let i = list.length;
    list.push(start);
    while (i > 0 && list[i - 1]! > start) {
      list[i] = list[i - 1]!;
      i--;
    }
    list[i] = start;
  };

  // Listed entities, by their lexicon index.
  // Each name's words, folded once, from its tokens (plain lowercase words need no folding).
  const wordsOf = new Map<Name, string[]>();
  const words = (n: Name) => {
    let w = wordsOf.get(n);
    if (w === undefined) wordsOf.set(n, (w = tokenWords(ctx, n)));
    return w;
  };
  const refs: { at: number; listed?: Mention; name?: Name }[] = [];
  for (const m of mentions) refs.push({ at: m.start, listed: m });
  for (const n of found.names) if (n.type !== 'place') refs.push({ at: n.start, name: n });
  sortInPlace(refs, (a, b) => a.at - b.at);

  const titledAt = new Map<number, Names['titled'][number]>();
  for (const t of found.titled) titledAt.set(ctx.tokens.get(t.first)!.start, t);

  // An acronym the text defines by what is no organization nor person ("Pajak Bumi dan Bangunan
  // (PBB)") names a thing in this document.
  const things = new Set<string>();
  for (const n of found.names) if (n.short && n.type === 'lone') things.add(key(nameWords(n.short.text)));

  // An acronym the text makes a person's initials somewhere ("pelaku berinisial KL (25)") is
  // theirs everywhere, even where it reports ("KL mengaku …").
  const initials = new Set<string>();
  for (const n of found.names)
    if (n.type === 'person' && n.end - n.first === 1) initials.add(text.slice(n.start, n.stop));

  // First pass: listed mentions, full names and organizations; short forms wait for the clusters.
  const waiting: Name[] = [];
  for (const r of refs) {
    if (r.listed) {
      const m = r.listed;
      const e = lex.entities[m.entity]!;
      let c = byEntity.get(m.entity);
      if (!c) {
        c = make(m.entity, e.name, e.type);
        byEntity.set(m.entity, c);
        byKey.set(key(c.words), c);
      }
      mention(c, m.start, m.stop, true);
      if (e.type === 'person' && (m.form === 'name' || m.form === 'alias')) shortest(c, text.slice(m.start, m.stop));
      const t = titledAt.get(m.start);
      if (t) link(t.title.text, t.title.org, m.start, c, t.title.written);
      continue;
    }
    const n = r.name!;
    const nw = words(n);
    if (nw.length === 0) continue;
    const k = key(nw);
    if (n.type === 'organization' && initials.has(text.slice(n.start, n.stop))) {
      waiting.push({ ...n, type: 'person', personal: true });
      continue;
    }
    if (n.type === 'organization') {
      if (things.has(k)) continue;
      const c = byKey.get(k) ?? make(null, text.slice(n.start, n.stop), 'organization');
      byKey.set(k, c);
      mention(c, n.start, n.stop, true);
      if (n.short) {
        byKey.set(key(nameWords(n.short.text)), c);
        mention(c, n.short.start, n.short.stop);
      }
      continue;
    }
    if (n.type === 'person' && nw.length >= 2) {
      const c = byKey.get(k) ?? longer(nw, n.start) ?? make(null, text.slice(n.start, n.stop), 'person');
      if (c.entity === null && nw.length > c.words.length) {
        // The fuller name is the cluster's name: "Ahmad Chozin", then "Muhammad Ahmad Chozin".
        c.name = text.slice(n.start, n.stop);
        c.words = nw;
        index(c);
      }
      byKey.set(k, c);
      mention(c, n.start, n.stop, true);
      if (n.title) link(n.title.text, n.title.org, n.start, c, n.title.written);
      if (n.title && c.entity === null) c.role ??= n.title.text;
      if (n.affiliation && c.entity === null) c.affiliation ??= n.affiliation;
      continue;
    }
    waiting.push(n);
  }

  nicknames(ctx, byKey, clusters);

  // Second pass: names the sentence did not type, now that every full name has its cluster. A
  // lone name that the document makes a person somewhere ("Sunardi mengatakan …") is one
  // everywhere; a longer one whose first or last word is such a person is that person's full name.
  const personal = new Set<string>();
  for (const n of waiting) if (n.personal || n.type === 'person') personal.add(key(words(n)));
  const pending = new Map<string, { n: Name; words: readonly string[] }[]>();
  for (const n of found.headline ?? []) if (words(n).length > 1) hold(n, words(n));
  const longFirst = sortInPlace([...waiting], (a, b) => b.end - b.first - (a.end - a.first) || a.start - b.start);
  for (const n of longFirst) {
    const written = text.slice(n.start, n.stop);
    const nw = words(n);
    if (nw.length === 0) continue;
    const k = key(nw);
    let c = byKey.get(k) ?? (nw.length > 1 ? longer(nw, n.start) : shortOf(nw, n.start));
    const sure = personal.has(k) || nw.some((w) => personal.has(w));
    if (!c && sure && nw.length === 1) c = promote(nw, n.start);
    if (!c && sure) {
      c = make(null, written, 'person');
      byKey.set(k, c);
      mention(c, n.start, n.stop, true);
    }
    if (!c) {
      if (nw.length > 1) hold(n, nw);
      continue;
    }
    mention(c, n.start, n.stop);
    if (n.title) link(n.title.text, n.title.org, n.start, c, n.title.written);
  }

  /**
   * Longer names the text did not make people ("Isyana Sarasvati" in a list, "Raffi Ahmad" in a
   * headline), held until a short form of theirs speaks ("menurut Isyana"): then they are.
   */
  function hold(n: Name, words: readonly string[]): void {
    for (const w of [words[0]!, words[words.length - 1]!]) {
      const list = pending.get(w) ?? [];
      list.push({ n, words });
      pending.set(w, list);
    }
  }

  function promote(words: readonly string[], at: number): Cluster | null {
    const fitting = [...(pending.get(words[0]!) ?? []), ...(pending.get(words[words.length - 1]!) ?? [])].filter((p) =>
      fits(words, p.words),
    );
    if (fitting.length === 0) return null;
    // The nearest before `at`, else the first after.
    const before = fitting.filter((p) => p.n.start <= at).sort((a, b) => b.n.start - a.n.start)[0];
    const chosen = before ?? fitting.sort((a, b) => a.n.start - b.n.start)[0]!;
    const c = make(null, text.slice(chosen.n.start, chosen.n.stop), 'person');
    byKey.set(key(chosen.words), c);
    for (const p of fitting) if (key(p.words) === key(chosen.words)) mention(c, p.n.start, p.n.stop, true);
    for (const w of [chosen.words[0]!, chosen.words[chosen.words.length - 1]!]) {
      pending.set(
        w,
        (pending.get(w) ?? []).filter((p) => key(p.words) !== key(chosen.words)),
      );
    }
    return c;
  }

  /** Notes a form a listed person is written by: the speaker goes by the fullest, unless the lexicon's name is written. */
  function shortest(c: Cluster, form: string): void {
    const words = nameWords(form);
    if (c.words.every((w) => words.includes(w))) written.add(c);
    else if (c.written === null || words.length > nameWords(c.written).length) c.written = form;
  }

  /** The people whose names start or end with a word these words start or end with. */
  function candidates(words: readonly string[]): readonly Cluster[] {
    const first = byEnd.get(words[0]!);
    const last = words.length > 1 ? byEnd.get(words[words.length - 1]!) : undefined;
    if (!first && !last) return NONE;
    const out: Cluster[] = first ? [...first] : [];
    if (last) for (const c of last) if (!first?.has(c)) out.push(c);
    return out;
  }

  /** A person cluster whose name holds these words, or is held by them, as a run with the first or last word. */
  function longer(words: readonly string[], at: number): Cluster | null {
    return nearest(
      candidates(words).filter((c) => fits(words, c.words) || fits(c.words, words)),
      at,
      anchors,
    );
  }

  /**
   * The person a short form stands for: the nearest cluster whose name it fits; a single word
   * inside a name ("Mulyana" of "Tb Mulyana Syahrudin") when no one else's name holds it.
   */
  function shortOf(words: readonly string[], at: number): Cluster | null {
    const found = nearest(
      candidates(words).filter((c) => c.words.length > words.length && fits(words, c.words)),
      at,
      anchors,
    );
    if (found || words.length !== 1) return found;
    const w = words[0]!;
    // Each search below takes the one cluster it finds, and none when it finds two.
    let inside: Cluster | null = null;
    let count = 0;
    for (const c of byWord.get(w) ?? NONE)
      if (c.words.includes(w)) {
        inside = c;
        count++;
      }
    if (count === 1) return inside;
    // "Alex" of "Alexander Marwata", "Sandi" of "Sandiaga Uno": a first name cut short, when it fits one person.
    if (w.length < 3 || clusters.length > MAX_PREFIX_SEARCH) return null;
    let cut: Cluster | null = null;
    count = 0;
    for (const c of clusters)
      if (c.type === 'person' && c.words.length > 1 && c.words[0]!.length > w.length && c.words[0]!.startsWith(w)) {
        cut = c;
        count++;
      }
    if (count === 1) return cut;
    // "Julkisno" of "Julkoisno Kaisupy": a long name part misspelt by one letter, when it fits one
    // person (a new person is introduced by a fuller name, not by one word).
    if (w.length < MIN_MISSPELT) return null;
    let slip: Cluster | null = null;
    count = 0;
    for (const c of clusters)
      if (c.type === 'person' && c.words.length > 1 && oneEditOfAny(w, c.words)) {
        slip = c;
        count++;
      }
    return count === 1 ? slip : null;
  }

  function link(title: string, org: number | null, at: number, c: Cluster, written?: string | null): void {
    if (written) c.titles.push({ at, text: written });
    const orgId = org === null ? undefined : lex.entities[org]!.id;
    const keys = new Set([roleKey(title, orgId), roleKey(title, undefined)]);
    const bare = bareTitle(ctx, title);
    keys.add(roleKey(bare, undefined));
    // "Menko Maritim Luhut …" is also the "Menko" and the "Menteri" of later sentences.
    for (const t of titlesWithin(ctx, title)) keys.add(roleKey(t, undefined));
    if (options.titleHeads) {
      const head = headTitle(ctx, bare);
      if (head) keys.add(roleKey(head, undefined));
    }
    // A listed person's dated roles of the same title: "Menlu" is also "Menlu|indonesia".
    for (const r of lex.entities[c.entity ?? -1]?.roles ?? [])
      if (r.title.toLowerCase() === title.toLowerCase()) keys.add(roleKey(title, r.org));
    for (const k of keys) {
      const list = titles.get(k) ?? [];
      list.push({ at, cluster: c });
      titles.set(k, list);
    }
  }

  for (const c of written) c.written = null;
  const home = homeOf(ctx, dateline) ?? options.home ?? null;

  return {
    clusters,
    home,
    ofEntity: (entity) => byEntity.get(entity),
    resolve(name, type, start) {
      const words = nameWords(name);
      if (words.length === 0) return null;
      const exact = byKey.get(key(words));
      if (exact && (type === null || exact.type === type || exact.type === 'person')) return exact;
      if (type !== null && type !== 'person') return null;
      const short = words.length === 1 ? shortOf(words, start) : (longer(words, start) ?? shortOf(words, start));
      return short ?? promote(words, start);
    },
    titleHolder(title, org, at) {
      const orgId = org === null ? undefined : lex.entities[org]!.id;
      // The title as written, then the shorter titles it begins with ("Menteri Koordinator Bidang
      // Kemaritiman" is the "Menko" the headline named).
      const shorter = org === null ? titlesWithin(ctx, title).map((t) => roleKey(t, undefined)) : [];
      for (const k of [roleKey(title, orgId), ...shorter]) {
        const list = titles.get(k);
        if (!list) continue;
        let before: Cluster | null = null;
        for (const l of list) if (l.at <= at) before = l.cluster;
        return before ?? list[0]!.cluster;
      }
      return null;
    },
    attach: link,
    lastPersonBefore(at) {
      let best: { cluster: Cluster; start: number } | null = null;
      for (const c of clusters) {
        if (c.type !== 'person') continue;
        for (const m of c.mentions)
          if (m.start < at && (!best || m.start > best.start)) best = { cluster: c, start: m.start };
      }
      return best;
    },
    namedWithin(n, start, stop) {
      const c = clusters[n];
      if (!c) return false;
      if (c.mentions.some((m) => m.start >= start && m.stop <= stop)) return true;
      const addresses = new Set<string>();
      for (const m of c.mentions) {
        const before = ADDRESS_BEFORE.exec(text.slice(Math.max(0, m.start - ADDRESS_LOOK), m.start))?.[1];
        if (before && lex.lang.addresses.has(before.toLowerCase())) addresses.add(before);
      }
      if (addresses.size === 0) return false;
      // The address alone, as a name: capitalized, with no name after it.
      for (const m of text.slice(start, stop).matchAll(ADDRESS_ALONE))
        if (addresses.has(m[1]!) && !/^\p{Lu}/u.test(m[2] ?? '')) return true;
      return false;
    },
    adopt(name, type, start, stop) {
      const words = nameWords(name);
      const c = byKey.get(key(words)) ?? make(null, name, type);
      byKey.set(key(words), c);
      mention(c, start, stop, true);
      return c;
    },
  };
}

/** The capitalized word written right before a name, and how far back it is sought. */
const ADDRESS_BEFORE = /(\p{Lu}\p{Ll}+)\s+$/u;
const ADDRESS_LOOK = 24;
/** A capitalized word and the word after it, if any. */
const ADDRESS_ALONE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(?:\s+([\p{L}]+))?/gu;

/** No cluster: what a search that finds none hands on. */
const NONE: readonly Cluster[] = [];

/** How many clusters a document may have for a first name cut short to be sought among them all. */
const MAX_PREFIX_SEARCH = 400;

/** How long a name part must be for a one-letter slip in it to be read as the same name. */
const MIN_MISSPELT = 6;

/** Is a word one letter apart from any of these? */
function oneEditOfAny(w: string, words: readonly string[]): boolean {
  for (const p of words) if (oneEdit(w, p)) return true;
  return false;
}

/** Are two words one letter apart: one added, dropped or changed, or two neighbours swapped? */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < MIN_MISSPELT - 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Nicknames the text gives: "Ridwan Kamil, yang akrab disapa Emil" and "Emil, sapaan akrab Ridwan
 * Kamil" make Emil a name of that person for the whole document.
 */
function nicknames(ctx: Context, byKey: Map<string, Cluster>, clusters: readonly Cluster[]): void {
  const { tokens, lex } = ctx;
  // Most articles give no nickname: look for the words first.
  let any = false;
  const markers = lex.lang.markerWords;
  for (let k = 0; k < tokens.length && !any; k++) any = markers.at(tokens, k);
  if (!any) return;
  const at = new Map<number, Cluster>();
  for (const c of clusters) for (const m of c.mentions) if (c.type === 'person') at.set(m.start, c);
  const personBefore = (k: number, first: number) => {
    for (let j = k - 1; j >= first; j--) {
      const c = at.get(tokens.get(j)!.start);
      if (c) return c;
    }
    return null;
  };
  for (const s of ctx.sentences) {
    for (let k = s.first; k < s.last; k++) {
      if (!markers.at(tokens, k)) continue;
      const t = tokens.get(k)!;
      const after = tokens.get(k + 1)?.lower === 'akrab' ? k + 2 : k + 1;
      const next = tokens.get(after);
      if (!next?.cap || next.kind !== t.kind || after >= s.last) continue;
      const habitual = ['yang', 'akrab', 'biasa'].includes(tokens.get(k - 1)?.lower ?? '');
      if (lex.lang.nameMarkers.hasWord(t.word) && habitual) {
        // "Ridwan Kamil, yang akrab disapa Emil": the person before, the nickname after.
        const c = personBefore(k, s.first);
        const nick = nameWords(next.text).join(' ');
        if (c && !byKey.has(nick)) byKey.set(nick, c);
      } else if (
        lex.lang.nicknameMarkers.hasWord(t.word) &&
        tokens.get(k - 1)?.text === ',' &&
        tokens.get(k - 2)?.cap
      ) {
        // "Emil, sapaan akrab Ridwan Kamil": the nickname before, the person after.
        const c = at.get(next.start);
        const nick = nameWords(tokens.get(k - 2)!.text).join(' ');
        if (c && !byKey.has(nick)) byKey.set(nick, c);
      }
    }
  }
}

/**
 * Does a shorter name fit a longer one: all its words are the longer's, in order and next to
 * each other, and include the longer's first or last word ("Chozin", "Ahmad Chozin" and
 * "Muhammad Ahmad Chozin"; not "Ahmad" alone inside it).
 */
function fits(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    let all = true;
    for (let j = 0; j < short.length && all; j++) all = long[i + j] === short[j];
    if (all && (i === 0 || i + short.length === long.length)) return true;
  }
  return false;
}

/** Of several clusters, the one whose full name was written last before `at`, else first after it. */
function nearest(
  candidates: readonly Cluster[],
  at: number,
  anchors: ReadonlyMap<Cluster, readonly number[]>,
): Cluster | null {
  let best: Cluster | null = null;
  let bestAt = -1;
  let first: Cluster | null = null;
  let firstAt = Infinity;
  for (const c of candidates) {
    const list = anchors.get(c) ?? [];
    // The last anchor at or before `at`, by halving.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && list[lo - 1]! > bestAt) {
      best = c;
      bestAt = list[lo - 1]!;
    }
    if (list.length > 0 && list[0]! < firstAt) {
      first = c;
      firstAt = list[0]!;
    }
  }
  return best ?? first;
}

/** The state a dateline names ("WASHINGTON", "Moskow"): its government's offices are the article's. */
function homeOf(ctx: Context, dateline: string | null): string | null {
  if (!dateline) return null;
  return remembered(ctx, 'home', dateline, () => {
    const tokens = tokenizeFlat(dateline);
    for (let i = 0; i < tokens.length; i++) {
      const m = ctx.lex.names.longest(tokens, i, tokens.length, () => true);
      if (m && m.end === tokens.length) {
        const e = ctx.lex.entities[m.payload.entity]!;
        if (e.type === 'state') return e.id;
      }
    }
    return null;
  });
}

/** A title without the portfolio words added to it: "Wakil Menteri Dikdasmen" → "Wakil Menteri". */
export function bareTitle(ctx: Context, title: string): string {
  return remembered(ctx, 'bare', title, () => {
    const words = tokenizeFlat(title);
    return ctx.lex.titles.longest(words, 0, words.length, () => true)?.payload.title ?? title;
  });
}

/** The titles a title begins with, longest first: "Menteri Koordinator Bidang Kemaritiman", "Menteri Koordinator", "Menteri". */
function titlesWithin(ctx: Context, title: string): readonly string[] {
  return remembered(ctx, 'within', title, () => {
    const words = tokenizeFlat(title);
    const out: string[] = [];
    for (let end = words.length; end > 0; end--) {
      const m = ctx.lex.titles.longest(words, 0, end, () => true);
      if (m && m.end === end && !out.includes(m.payload.title)) out.push(m.payload.title);
    }
    return out;
  });
}

/** The one-word title a bare title starts with ("Menteri" of "Menteri Luar Negeri"), if any. */
function headTitle(ctx: Context, bare: string): string | null {
  return remembered(ctx, 'head', bare, () => {
    const words = tokenizeFlat(bare);
    if (words.length < 2) return null;
    const m = ctx.lex.titles.longest(words, 0, words.length - 1, () => true);
    return m && m.end === 1 ? m.payload.title : null;
  });
}

function tokenizeFlat(s: string) {
  return tokensOf(s);
}

/**
 * What the lexicon makes of a title is the same in every document: it is worked out once per
 * lexicon and title (the titles of a corpus are a few thousand).
 */
const REMEMBERED = new WeakMap<object, Map<string, unknown>>();

function remembered<T>(ctx: Context, question: string, title: string, answer: () => T): T {
  let memo = REMEMBERED.get(ctx.lex);
  if (!memo) REMEMBERED.set(ctx.lex, (memo = new Map()));
  const key = `${question}\u0000${title}`;
  if (memo.has(key)) return memo.get(key) as T;
  const value = answer();
  if (memo.size < MAX_REMEMBERED) memo.set(key, value);
  return value;
}

/** Titles are few; a stream of odd ones keeps no more than this many answers. */
const MAX_REMEMBERED = 100_000;
