// --format html: one self-contained page (no network) for one article or a corpus. The data sits
// in the page as JSON (<script type="application/json">), the documents in chunks that are
// parsed only when one of their articles is opened; a small inline script draws the cards a page
// at a time and the article on demand, so a corpus of tens of thousands of articles never
// becomes a DOM of hundreds of megabytes. The pictures are SVG drawn here from stats.ts.
import { byPlace, contribution, CorpusView } from './corpus.js';
import { escapeHtml, scriptJson } from './escape.js';
import { APP, STYLE } from './html-app.js';
import { count } from './plural.js';
import { type Stats, statsOf } from './stats.js';
import { graphSvg, outletsSvg, timelineSvg } from './svg.js';
import type { DocumentResult } from './types.js';

/** Documents per <script> chunk: opening an article parses its chunk only. */
export const CHUNK = 200;

/** Characters of context kept on each side of an item, in excerpt mode, when no sentence ends sooner. */
const CONTEXT = 300;

/** What one document gives the page: its line in the index, and its data (text and items) as JSON. */
export interface PageDoc {
  meta: [path: string | null, title: string | null, outlet: string | null, published: string | null];
  json: string;
}

/**
 * One document's data for the page. Offsets stay Unicode code points, as in the JSON output;
 * the page counts surrogate pairs when it slices. `excerpt` keeps only the sentences around the
 * quotes and claims (the corpus reports too large to carry every text whole).
 */
export function pageDoc(r: DocumentResult, text: string, excerpt: boolean): PageDoc {
  const cps = excerpt ? Array.from(text) : null;
  const length = cps ? cps.length : codePoints(text);
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const all = [...r.quotes, ...r.claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const items = all.map((x) => [
    x.id,
    x.start,
    x.end,
    x.kind,
    x.speaker?.name ?? null,
    x.speaker ? (x.speaker.id ?? `title:${x.speaker.name}`) : null,
    x.cue?.text ?? null,
    x.about.map((a) => names.get(a) ?? a),
    x.confidence,
  ]);
  const d = r.document;
  const data = {
    m: [d.path, d.title, d.outlet, d.published, d.author, d.dateline, d.url, d.language],
    n: length,
    x: cps ? excerpts(cps, all) : [[0, text]],
    i: items,
  };
  return { meta: [d.path, d.title, d.outlet, d.published], json: scriptJson(data) };
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length || (s.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) n++;
  }
  return n;
}

/** The sentences that hold the items (up to CONTEXT code points beyond them), merged where they touch. */
function excerpts(cps: string[], items: { start: number; end: number }[]): [number, string][] {
  const ranges: [number, number][] = [];
  const ends = (c: string | undefined) => c === '\n' || c === '.' || c === '!' || c === '?';
  for (const x of items) {
    if (!(x.start >= 0 && x.start < x.end && x.end <= cps.length)) continue;
    let s = x.start;
    while (s > 0 && x.start - s < CONTEXT && !ends(cps[s - 1])) s--;
    let e = x.end;
    while (e < cps.length && e - x.end < CONTEXT && !ends(cps[e])) e++;
    if (e < cps.length && cps[e] !== '\n') e++;
    const last = ranges[ranges.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else ranges.push([s, e]);
  }
  return ranges.map(([s, e]) => [s, cps.slice(s, e).join('')]);
}

/** Writes the page in pieces: the head, each document's data as it comes, the rest at the end. */
export class HtmlPage {
  private docs = 0;
  private readonly index: PageDoc['meta'][] = [];
  private readonly byPath = new Map<string, number>();

  constructor(private readonly excerpt: boolean) {}

  head(): string {
    return `<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">\n<title>extract report</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<script type="application/json" class="docs">[`;
  }

  /** One document's data; every CHUNK documents a new <script> element begins. */
  add(doc: PageDoc): string {
    const i = this.docs++;
    this.index.push(doc.meta);
    if (doc.meta[0] !== null && !this.byPath.has(doc.meta[0])) this.byPath.set(doc.meta[0], i);
    if (i === 0) return doc.json;
    if (i % CHUNK === 0) return `]</script>\n<script type="application/json" class="docs">[${doc.json}`;
    return `,\n${doc.json}`;
  }

  /** The end of the page: the cards' data, the figures, the errors, the script. */
  finish(view: CorpusView, stats: Stats, errors: { path: string; error: { message: string } }[]): string {
    const about = new Set<string>();
    const entities = view
      .entities()
      .filter((e) => e.quotes.length + e.claims.length > 0)
      .map((e) => {
        const items = byPlace([...e.quotes, ...e.claims]).map((x) => {
          for (const a of x.about) about.add(a);
          return [this.byPath.get(x.path ?? '') ?? -1, x.id, x.kind, x.text, x.cue, x.about, x.confidence, x.via];
        });
        return {
          id: e.id,
          name: e.name,
          type: e.type,
          listed: e.listed,
          documents: e.documents,
          q: e.quotes.length,
          c: e.claims.length,
          items,
        };
      });
    const names = Object.fromEntries([...about].sort().map((id) => [id, view.nameOf(id)]));
    const data = { chunk: CHUNK, excerpt: this.excerpt, docs: this.index, entities, names };
    const title = this.docs === 1 && this.index[0]![1] ? this.index[0]![1] : `${count(this.docs, 'document')}`;
    const summary = [
      count(stats.documents, 'document'),
      count(stats.quotes, 'quote'),
      count(stats.claims, 'claim'),
      `${stats.unattributed.items} unattributed`,
      count(entities.length, 'speaker'),
      ...(errors.length ? [count(errors.length, 'error')] : []),
    ].join(' · ');
    const timeline = timelineSvg(stats);
    const outlets = outletsSvg(stats);
    const unknownMonth = stats.months.find((m) => m.key === 'unknown');
    return [
      `]</script>\n<script type="application/json" id="view">${scriptJson(data)}</script>`,
      `<script type="application/json" id="stats">${scriptJson(stats)}</script>`,
      `<header><h1>${escapeHtml(title)}</h1><p class="summary" data-documents="${stats.documents}" data-quotes="${stats.quotes}" data-claims="${stats.claims}" data-speakers="${entities.length}">${escapeHtml(summary)}</p></header>`,
      '<section id="figures">',
      `<figure><figcaption>Who talks about whom: the top ${stats.matrix.speakers.length} speakers and the ${stats.matrix.about.length} entities most spoken about; an edge's width is its number of quotes and claims</figcaption>${graphSvg(stats)}</figure>`,
      '<div class="side">',
      timeline
        ? `<figure><figcaption>Quotes and claims per month${unknownMonth ? ` (${unknownMonth.items} more in ${count(unknownMonth.documents, 'document')} without a date)` : ''}</figcaption>${timeline}</figure>`
        : '',
      outlets
        ? `<figure><figcaption>Quotes and claims per outlet${stats.outlets.length > 30 ? ` (the first 30 of ${stats.outlets.length})` : ''}</figcaption>${outlets}</figure>`
        : '',
      '</div>',
      '</section>',
      errors.length
        ? `<section id="errors"><h2>Inputs that failed</h2><ul>${errors.map((e) => `<li><code>${escapeHtml(e.path)}</code>: ${escapeHtml(e.error.message)}</li>`).join('')}</ul></section>`
        : '',
      '<main>',
      '<section id="speakers"><h2>Speakers</h2><input id="search" type="search" placeholder="find a speaker" aria-label="find a speaker"><nav class="pager"><button id="prev" type="button">‹ previous</button> <span id="page"></span> <button id="next" type="button">next ›</button></nav><div id="cards"></div></section>',
      `<section id="article"><h2>Article</h2><div id="doc"><p class="hint">${this.docs === 1 ? '' : 'Open an item to read it in its article.'}</p></div></section>`,
      '</main>',
      `<script>${APP}</script>`,
      '</body>\n</html>\n',
    ].join('\n');
  }
}

/** The page of one document alone (--out DIR writes one per input). */
export function singlePage(r: DocumentResult, text: string): string {
  const page = new HtmlPage(false);
  const view = new CorpusView();
  view.add(contribution(r), r.quotes.length, r.claims.length);
  return page.head() + page.add(pageDoc(r, text, false)) + page.finish(view, statsOf([r]), []);
}
