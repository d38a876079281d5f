// extract stats in text, Markdown, JSON and CSV: renderers of the figures stats.ts computes.
import type { ChalkInstance } from 'chalk';
import { field } from './csv.js';
import { count } from './plural.js';
import { type Count, type GroupCount, type KindCount, pairsOf, type Stats } from './stats.js';

export type StatsFormat = 'text' | 'md' | 'json' | 'csv';

export function renderStats(s: Stats, format: StatsFormat, c: ChalkInstance): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(s, null, 2)}\n`;
    case 'csv':
      return statsCsv(s);
    case 'md':
      return statsMarkdown(s);
    case 'text':
      return statsText(s, c);
  }
}

function summary(s: Stats): string {
  return [
    count(s.documents, 'document'),
    count(s.quotes, 'quote'),
    count(s.claims, 'claim'),
    `${s.unattributed.items} unattributed (${count(s.unattributed.quotes, 'quote')}, ${count(s.unattributed.claims, 'claim')})`,
    ...(s.errors ? [count(s.errors, 'error')] : []),
  ].join(' · ');
}

function statsText(s: Stats, c: ChalkInstance): string {
  const out = [summary(s)];
  const table = (title: string, rows: string[][]) => {
    out.push('', c.bold(title));
    if (rows.length === 0) out.push('  (none)');
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length))) ?? [];
    for (const r of rows)
      out.push(
        `  ${r
          .map((cell, i) => (/^\d+$/.test(cell) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
          .join('  ')
          .trimEnd()}`,
      );
  };
  const people = (list: Count[]) =>
    list.map((x) => [x.name, String(x.items), `${count(x.quotes, 'quote')}, ${count(x.claims, 'claim')}`]);
  table(`Top speakers (${s.speakers.length} of ${s.totals.speakers})`, people(s.speakers));
  table(`Top about (${s.about.length} of ${s.totals.about})`, people(s.about));
  const name = nameOf(s);
  table(
    'Speaker × about',
    pairsOf(s).map((p) => [name(p.speaker), `→ ${name(p.about)}`, String(p.count)]),
  );
  table('Quote kinds', kinds(s.kinds.quotes));
  table('Claim kinds', kinds(s.kinds.claims));
  table('Outlets', groups(s.outlets));
  table('Months', groups(s.months));
  return `${out.join('\n')}\n`;
}

function kinds(list: KindCount[]): string[][] {
  return list.map((k) => [k.kind, String(k.count)]);
}

function groups(list: GroupCount[]): string[][] {
  return list.map((g) => [g.key, String(g.items), count(g.documents, 'document')]);
}

/** The name of a speaker or about-entity of the figures, by id. */
function nameOf(s: Stats): (id: string) => string {
  const names = new Map([...s.speakers, ...s.about].map((x) => [x.id, x.name]));
  return (id) => names.get(id) ?? id;
}

function statsMarkdown(s: Stats): string {
  const cell = (x: string) => x.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = ['# Figures', '', summary(s), ''];
  const table = (title: string, head: string[], rows: (string | number)[][]) => {
    out.push(`## ${title}`, '', `| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? '---:' : '---')).join('|')}|`);
    for (const r of rows) out.push(`| ${r.map((x) => cell(String(x))).join(' | ')} |`);
    out.push('');
  };
  const people = (list: Count[]) => list.map((x) => [x.name, x.items, x.quotes, x.claims]);
  table(
    `Top speakers (${s.speakers.length} of ${s.totals.speakers})`,
    ['speaker', 'items', 'quotes', 'claims'],
    people(s.speakers),
  );
  table(`Top about (${s.about.length} of ${s.totals.about})`, ['entity', 'items', 'quotes', 'claims'], people(s.about));
  const name = nameOf(s);
  table(
    'Speaker × about',
    ['speaker', ...s.matrix.about.map(name)],
    s.matrix.speakers.map((sp, i) => [name(sp), ...s.matrix.counts[i]!]),
  );
  table(
    'Quote kinds',
    ['kind', 'count'],
    s.kinds.quotes.map((k) => [k.kind, k.count]),
  );
  table(
    'Claim kinds',
    ['kind', 'count'],
    s.kinds.claims.map((k) => [k.kind, k.count]),
  );
  const groupRows = (list: GroupCount[]) => list.map((g) => [g.key, g.items, g.quotes, g.claims, g.documents]);
  table('Outlets', ['outlet', 'items', 'quotes', 'claims', 'documents'], groupRows(s.outlets));
  table('Months', ['month', 'items', 'quotes', 'claims', 'documents'], groupRows(s.months));
  return out.join('\n');
}

const CSV_HEAD = ['table', 'id', 'name', 'about_id', 'about_name', 'documents', 'quotes', 'claims', 'count'];

/** One long table: a row per figure, the table it belongs to first (pivot on it in a spreadsheet). */
function statsCsv(s: Stats): string {
  const rows: (string | number)[][] = [CSV_HEAD];
  rows.push(['total', '', '', '', '', s.documents, s.quotes, s.claims, s.quotes + s.claims]);
  rows.push(['unattributed', '', '', '', '', '', s.unattributed.quotes, s.unattributed.claims, s.unattributed.items]);
  for (const x of s.speakers) rows.push(['speaker', x.id, x.name, '', '', '', x.quotes, x.claims, x.items]);
  for (const x of s.about) rows.push(['about', x.id, x.name, '', '', '', x.quotes, x.claims, x.items]);
  const name = nameOf(s);
  for (const p of pairsOf(s))
    rows.push(['pair', p.speaker, name(p.speaker), p.about, name(p.about), '', '', '', p.count]);
  for (const k of s.kinds.quotes) rows.push(['quote_kind', k.kind, k.kind, '', '', '', k.count, '', k.count]);
  for (const k of s.kinds.claims) rows.push(['claim_kind', k.kind, k.kind, '', '', '', '', k.count, k.count]);
  for (const g of s.outlets) rows.push(['outlet', g.key, g.key, '', '', g.documents, g.quotes, g.claims, g.items]);
  for (const g of s.months) rows.push(['month', g.key, g.key, '', '', g.documents, g.quotes, g.claims, g.items]);
  return rows.map((r) => `${r.map(field).join(',')}\r\n`).join('');
}
