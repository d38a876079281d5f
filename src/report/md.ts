import { at, sentenceAround } from './around.js';
import { byPlace, type CorpusEntity, type CorpusItem, type CorpusView, type GroupBy, groupItems } from './corpus.js';
import { count } from './plural.js';
import type { ClaimResult, DocumentResult, QuoteResult } from './types.js';

/** One document as Markdown: metadata, then each speaker's quotes and claims. */
export function documentMarkdown(r: DocumentResult): string {
  const d = r.document;
  const out = [`# ${cell(d.title ?? d.path ?? 'Document')}`, ''];
  const meta = [d.path, d.outlet, d.dateline, d.author, d.published].filter(Boolean);
  if (meta.length) out.push(`*${meta.map((m) => cell(m!)).join(' · ')}*`, '');
  if (d.url) out.push(`<${d.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  const orphans = [...r.quotes, ...r.claims].filter((x) => !x.speaker).sort((a, b) => a.start - b.start);
  out.push(
    `${count(r.quotes.length, 'quote')} · ${count(r.claims.length, 'claim')} · ${count(r.entities.length, 'entity', 'entities')}${orphans.length ? ` · ${orphans.length} unattributed` : ''}`,
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
    const own = [...e.quotes, ...e.claims].map((id) => items.get(id)!).sort((a, b) => a.start - b.start);
    out.push(...documentTable(own), '');
  }
  if (orphans.length) {
    const quotes = orphans.filter((x) => x.id.startsWith('q')).length;
    out.push('## Unattributed', '', `${count(quotes, 'quote')} · ${count(orphans.length - quotes, 'claim')}`, '');
    out.push(...documentTable(orphans), '');
  }
  return out.join('\n');
}

/** A document's items: what the table always had, then where, the speaker as written, and the sentence. */
function documentTable(items: (QuoteResult | ClaimResult)[]): string[] {
  return [
    '| id | kind | text | cue | via | confidence | at | speaker as written | role | sentence |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...items.map(
      (x) =>
        `| ${x.id} | ${x.kind} | ${cell(x.text)} | ${cell(x.cue?.text ?? '')} | ${x.speaker?.via ?? ''} | ${x.confidence} | ${at(x)} | ${cell(x.speaker?.written ?? '')} | ${cell(x.speaker?.role ?? '')} | ${cell(sentenceAround(x) ?? '')} |`,
    ),
  ];
}

/**
 * The corpus as Markdown: a table of entities, then each entity's quotes and claims by
 * document; with --group-by, a table for each outlet or month.
 */
export function corpusMarkdown(view: CorpusView, groupBy: GroupBy | null = null): string {
  const entities = view.entities();
  const u = view.unattributed;
  const orphans = u.quotes.length + u.claims.length;
  const out = [
    `# ${count(view.documents, 'document')} · ${count(view.quotes, 'quote')} · ${count(view.claims, 'claim')} · ${count(entities.length, 'entity', 'entities')}${orphans ? ` · ${orphans} unattributed` : ''}`,
    '',
  ];
  out.push('| entity | type | documents | mentions | quotes | claims |', '|---|---|---:|---:|---:|---:|');
  for (const e of entities)
    out.push(
      `| ${cell(e.name)} | ${e.type} | ${e.documents} | ${e.mentions} | ${e.quotes.length} | ${e.claims.length} |`,
    );
  for (const e of entities.filter((x) => x.quotes.length + x.claims.length > 0)) {
    out.push('', `## ${cell(e.name)}`, '', heading(e));
    out.push(...groupTables([...e.quotes, ...e.claims], groupBy));
  }
  if (orphans) {
    out.push(
      '',
      '## Unattributed',
      '',
      `${count(u.documents, 'document')} · ${count(u.quotes.length, 'quote')} · ${count(u.claims.length, 'claim')}`,
    );
    out.push(...groupTables([...u.quotes, ...u.claims], groupBy));
  }
  return `${out.join('\n')}\n`;
}

function groupTables(items: CorpusItem[], groupBy: GroupBy | null): string[] {
  if (!groupBy) return ['', ...itemTable(byPlace(items))];
  return groupItems(items, groupBy).flatMap((g) => ['', `### ${cell(g.key)}`, '', ...itemTable(g.items)]);
}

function itemTable(items: CorpusItem[]): string[] {
  return [
    '| document | id | kind | text | cue | via | confidence | at | speaker as written | role | sentence |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...items.map(
      (x) =>
        `| ${cell(x.path ?? '')} | ${x.id} | ${x.kind} | ${cell(x.text)} | ${cell(x.cue ?? '')} | ${x.via ?? ''} | ${x.confidence} | ${at(x)} | ${cell(x.written ?? '')} | ${cell(x.role ?? '')} | ${cell(sentenceAround(x) ?? '')} |`,
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
