import { byPlace, type CorpusEntity, type CorpusItem, type CorpusView, type GroupBy, groupItems } from './corpus.js';
import { count } from './plural.js';
import type { DocumentResult } from './types.js';

/** One document as Markdown: metadata, then each speaker's quotes and claims. */
export function documentMarkdown(r: DocumentResult): string {
  const d = r.document;
  const out = [`# ${cell(d.title ?? d.path ?? 'Document')}`, ''];
  const meta = [d.path, d.outlet, d.dateline, d.author, d.published].filter(Boolean);
  if (meta.length) out.push(`*${meta.map((m) => cell(m!)).join(' · ')}*`, '');
  if (d.url) out.push(`<${d.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  out.push(
    `${count(r.quotes.length, 'quote')} · ${count(r.claims.length, 'claim')} · ${count(r.entities.length, 'entity', 'entities')}`,
    '',
  );
  const items = new Map([...r.quotes, ...r.claims].map((x) => [x.id, x]));
  for (const e of r.entities.filter((x) => x.quotes.length + x.claims.length > 0)) {
    out.push(
      `## ${cell(e.name)}`,
      '',
      `${e.type}${e.listed ? '' : ' · not in lexicon'} · ${count(e.quotes.length, 'quote')} · ${count(e.claims.length, 'claim')}`,
      '',
    );
    out.push('| id | kind | text | cue | via | confidence |', '|---|---|---|---|---|---|');
    const own = [...e.quotes, ...e.claims].map((id) => items.get(id)!).sort((a, b) => a.start - b.start);
    for (const x of own)
      out.push(
        `| ${x.id} | ${x.kind} | ${cell(x.text)} | ${cell(x.cue?.text ?? '')} | ${x.speaker?.via ?? ''} | ${x.confidence} |`,
      );
    out.push('');
  }
  return out.join('\n');
}

/**
 * The corpus as Markdown: a table of entities, then each entity's quotes and claims by
 * document; with --group-by, a table for each outlet or month.
 */
export function corpusMarkdown(view: CorpusView, groupBy: GroupBy | null = null): string {
  const entities = view.entities();
  const out = [
    `# ${count(view.documents, 'document')} · ${count(view.quotes, 'quote')} · ${count(view.claims, 'claim')} · ${count(entities.length, 'entity', 'entities')}`,
    '',
  ];
  out.push('| entity | type | documents | mentions | quotes | claims |', '|---|---|---:|---:|---:|---:|');
  for (const e of entities)
    out.push(
      `| ${cell(e.name)} | ${e.type} | ${e.documents} | ${e.mentions} | ${e.quotes.length} | ${e.claims.length} |`,
    );
  for (const e of entities.filter((x) => x.quotes.length + x.claims.length > 0)) {
    out.push('', `## ${cell(e.name)}`, '', heading(e));
    const items = [...e.quotes, ...e.claims];
    if (!groupBy) out.push('', ...itemTable(byPlace(items)));
    else for (const g of groupItems(items, groupBy)) out.push('', `### ${cell(g.key)}`, '', ...itemTable(g.items));
  }
  return `${out.join('\n')}\n`;
}

function itemTable(items: CorpusItem[]): string[] {
  return [
    '| document | id | kind | text | cue | via | confidence |',
    '|---|---|---|---|---|---|---|',
    ...items.map(
      (x) =>
        `| ${cell(x.path ?? '')} | ${x.id} | ${x.kind} | ${cell(x.text)} | ${cell(x.cue ?? '')} | ${x.via ?? ''} | ${x.confidence} |`,
    ),
  ];
}

function heading(e: CorpusEntity): string {
  return `\`${e.id}\` · ${e.type}${e.listed ? '' : ' · not in lexicon'} · ${count(e.documents, 'document')} · ${count(e.mentions, 'mention')} · ${count(e.quotes.length, 'quote')} · ${count(e.claims.length, 'claim')}`;
}

/** Text safe inside a table cell: one line, pipes escaped. */
function cell(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}
