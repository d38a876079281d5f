import type { ChalkInstance } from 'chalk';
import { at, sentenceAround, writtenAs } from './around.js';
import { byPlace, type CorpusItem, type CorpusView, type GroupBy, groupItems } from './corpus.js';
import { count } from './plural.js';
import type { ClaimResult, DocumentResult, EntityResult, QuoteResult } from './types.js';

/**
 * The readable report: the article's metadata, then every speaker with their quotes and
 * claims, then the entities only mentioned, then what could not be attributed.
 */
export function toText(r: DocumentResult, c: ChalkInstance): string {
  const out: string[] = [];
  const d = r.document;
  out.push(c.bold.underline(d.path ?? '(text)'));
  if (d.title) out.push(`  ${c.bold(d.title)}`);
  const meta = [
    d.outlet && d.dateline ? `${d.outlet}, ${d.dateline}` : (d.outlet ?? d.dateline),
    d.author,
    d.published,
  ].filter(Boolean);
  if (meta.length) out.push(`  ${c.dim(meta.join(' · '))}`);
  if (d.url) out.push(`  ${c.dim(d.url)}`);
  const orphans = [...r.quotes, ...r.claims].filter((x) => !x.speaker);
  const counts = [
    count(r.quotes.length, 'quote'),
    count(r.claims.length, 'claim'),
    count(r.entities.length, 'entity', 'entities'),
    ...(orphans.length ? [`${orphans.length} unattributed`] : []),
  ];
  out.push(`  ${c.dim(counts.join(' · '))}`);

  const items = new Map<string, QuoteResult | ClaimResult>([...r.quotes, ...r.claims].map((x) => [x.id, x]));
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const lines = (x: QuoteResult | ClaimResult) => ('quotes' in x ? claimLines(x, names, c) : quoteLines(x, names, c));
  const speakers = r.entities.filter((e) => e.quotes.length + e.claims.length > 0);
  for (const e of speakers) {
    out.push('', heading(e, c));
    // In the order of the article, quotes and claims together.
    const own = [...e.quotes, ...e.claims].map((id) => items.get(id)!).sort((a, b) => a.start - b.start);
    for (const x of own) out.push(...lines(x));
  }

  const titled = [...r.quotes, ...r.claims].filter(
    (x) => x.speaker && x.speaker.entity === null && !r.entities.some((e) => !e.listed && e.name === x.speaker!.name),
  );
  for (const [label, list] of [
    ['Speakers not identified by name', titled],
    ['Unattributed', orphans],
  ] as const) {
    if (list.length === 0) continue;
    out.push('', c.bold(label));
    for (const x of list) out.push(...lines(x));
  }

  const mentioned = r.entities.filter((e) => e.quotes.length + e.claims.length === 0);
  if (mentioned.length) {
    out.push('', c.bold('Also mentioned'));
    out.push(`  ${mentioned.map((e) => `${e.name} ${c.dim(`(${e.mentions.length})`)}`).join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

function heading(e: EntityResult, c: ChalkInstance): string {
  const parts = [
    e.type,
    ...(e.listed ? [] : ['not in lexicon']),
    count(e.quotes.length, 'quote'),
    count(e.claims.length, 'claim'),
  ];
  return `${c.bold(e.name)} ${c.dim(`(${parts.join(' · ')})`)}`;
}

function quoteLines(q: QuoteResult, names: ReadonlyMap<string, string>, c: ChalkInstance): string[] {
  return [`  ${c.dim(q.id.padEnd(4))}${c.green(`“${q.text}”`)}`, ...below(q, [q.kind], names, c)];
}

function claimLines(x: ClaimResult, names: ReadonlyMap<string, string>, c: ChalkInstance): string[] {
  return [`  ${c.dim(x.id.padEnd(4))}${c.yellow(`${x.kind}:`)} ${x.text}`, ...below(x, [], names, c)];
}

/** The notes under an item, then its sentence when that says more than the item. */
function below(
  x: QuoteResult | ClaimResult,
  first: string[],
  names: ReadonlyMap<string, string>,
  c: ChalkInstance,
  pad = '      ',
): string[] {
  const sentence = sentenceAround(x);
  return [`${pad}${c.dim(notes(x, first, names))}`, ...(sentence ? [`${pad}${c.dim(`in: ${sentence}`)}`] : [])];
}

/**
 * The line under a quote or claim: where (line:column), who (when not listed), cue, source,
 * about whom, how the speaker was found and as what words, how sure.
 */
function notes(x: QuoteResult | ClaimResult, first: string[], names: ReadonlyMap<string, string>): string {
  const about = x.about.filter((id) => id !== x.speaker?.entity).map((id) => names.get(id) ?? id);
  return [
    at(x),
    ...first,
    x.speaker && x.speaker.entity === null ? x.speaker.name : null,
    x.cue?.text,
    x.source ? `via ${x.source.name}` : null,
    about.length ? `about ${about.join(', ')}` : null,
    x.speaker ? `by ${x.speaker.via} ${writtenAs(x.speaker.written, x.speaker.role)}` : null,
    `${x.confidence}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The corpus, grouped by entity: each speaker's quotes and claims, document by document; with
 * --group-by, under a heading for each outlet or month first.
 */
export function corpusText(view: CorpusView, c: ChalkInstance, groupBy: GroupBy | null = null): string {
  const entities = view.entities();
  const u = view.unattributed;
  const orphans = u.quotes.length + u.claims.length;
  const out = [
    c.bold(
      `${count(view.documents, 'document')} · ${count(view.quotes, 'quote')} · ${count(view.claims, 'claim')} · ${count(entities.length, 'entity', 'entities')}${orphans ? ` · ${orphans} unattributed` : ''}`,
    ),
  ];
  for (const e of entities.filter((x) => x.quotes.length + x.claims.length > 0)) {
    const parts = [
      e.type,
      ...(e.listed ? [] : ['not in lexicon']),
      count(e.documents, 'document'),
      count(e.quotes.length, 'quote'),
      count(e.claims.length, 'claim'),
    ];
    out.push('', `${c.bold(e.name)} ${c.dim(`(${parts.join(' · ')})`)}`);
    out.push(...groupLines([...e.quotes, ...e.claims], e.id, view, c, groupBy));
  }
  // Quotes and claims nobody could be told to have said: a group of their own, counted.
  if (orphans) {
    const parts = [count(u.documents, 'document'), count(u.quotes.length, 'quote'), count(u.claims.length, 'claim')];
    out.push('', `${c.bold('Unattributed')} ${c.dim(`(${parts.join(' · ')})`)}`);
    out.push(...groupLines([...u.quotes, ...u.claims], null, view, c, groupBy));
  }
  const mentioned = entities.filter((x) => x.quotes.length + x.claims.length === 0);
  if (mentioned.length) {
    out.push(
      '',
      c.bold('Also mentioned'),
      `  ${mentioned.map((e) => `${e.name} ${c.dim(`(${e.mentions} in ${count(e.documents, 'document')})`)}`).join(', ')}`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** One entity's items (or the unattributed ones), by document, or under each outlet or month first. */
function groupLines(
  items: CorpusItem[],
  entity: string | null,
  view: CorpusView,
  c: ChalkInstance,
  groupBy: GroupBy | null,
): string[] {
  if (!groupBy) return itemLines(byPlace(items), entity, view, c, '  ');
  const out: string[] = [];
  for (const g of groupItems(items, groupBy)) {
    const quotes = g.items.filter((x) => x.id.startsWith('q')).length;
    const counts = `${count(quotes, 'quote')} · ${count(g.items.length - quotes, 'claim')}`;
    out.push(`  ${c.bold(g.key)} ${c.dim(`(${counts})`)}`, ...itemLines(g.items, entity, view, c, '    '));
  }
  return out;
}

/** Items in the order given, under a line for each document. */
function itemLines(
  items: CorpusItem[],
  entity: string | null,
  view: CorpusView,
  c: ChalkInstance,
  pad: string,
): string[] {
  const out: string[] = [];
  let path: string | null | undefined;
  for (const x of items) {
    if (x.path !== path) out.push(`${pad}${c.underline(x.path ?? '(text)')}`);
    path = x.path;
    const body = x.id.startsWith('q') ? c.green(`“${x.text}”`) : `${c.yellow(`${x.kind}:`)} ${x.text}`;
    const about = x.about.filter((id) => id !== entity).map((id) => view.nameOf(id));
    const notes = [
      at(x),
      x.id.startsWith('q') ? x.kind : null,
      x.cue,
      x.source ? `via ${x.source}` : null,
      about.length ? `about ${about.join(', ')}` : null,
      x.via ? `by ${x.via} ${writtenAs(x.written, x.role)}` : null,
      `${x.confidence}`,
    ];
    const sentence = sentenceAround(x);
    out.push(`${pad}  ${c.dim(x.id.padEnd(4))}${body}`, `${pad}      ${c.dim(notes.filter(Boolean).join(' · '))}`);
    if (sentence) out.push(`${pad}      ${c.dim(`in: ${sentence}`)}`);
  }
  return out;
}
