import type { ChalkInstance } from 'chalk';
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
  const meta = [d.outlet && d.dateline ? `${d.outlet}, ${d.dateline}` : d.outlet ?? d.dateline, d.author, d.published].filter(Boolean);
  if (meta.length) out.push(`  ${c.dim(meta.join(' · '))}`);
  out.push(`  ${c.dim(`${count(r.quotes.length, 'quote')} · ${count(r.claims.length, 'claim')} · ${count(r.entities.length, 'entity', 'entities')}`)}`);

  const quotes = new Map(r.quotes.map((q) => [q.id, q]));
  const claims = new Map(r.claims.map((x) => [x.id, x]));
  const speakers = r.entities.filter((e) => e.quotes.length + e.claims.length > 0);
  for (const e of speakers) {
    out.push('', heading(e, c));
    for (const id of e.quotes) out.push(...quoteLines(quotes.get(id)!, c));
    for (const id of e.claims) out.push(...claimLines(claims.get(id)!, c));
  }

  const titled = [...r.quotes, ...r.claims].filter((x) => x.speaker && x.speaker.entity === null && !r.entities.some((e) => !e.listed && e.name === x.speaker!.name));
  const orphans = [...r.quotes, ...r.claims].filter((x) => !x.speaker);
  for (const [label, items] of [['Speakers not identified by name', titled], ['Unattributed', orphans]] as const) {
    if (items.length === 0) continue;
    out.push('', c.bold(label));
    for (const x of items) out.push(...('quotes' in x ? claimLines(x, c) : quoteLines(x, c)));
  }

  const mentioned = r.entities.filter((e) => e.quotes.length + e.claims.length === 0);
  if (mentioned.length) {
    out.push('', c.bold('Also mentioned'));
    out.push(`  ${mentioned.map((e) => `${e.name} ${c.dim(`(${e.mentions.length})`)}`).join(', ')}`);
  }
  return out.join('\n') + '\n';
}

function heading(e: EntityResult, c: ChalkInstance): string {
  const parts = [e.type, ...(e.listed ? [] : ['not in lexicon']), count(e.quotes.length, 'quote'), count(e.claims.length, 'claim')];
  return `${c.bold(e.name)} ${c.dim(`(${parts.join(' · ')})`)}`;
}

function quoteLines(q: QuoteResult, c: ChalkInstance): string[] {
  const who = q.speaker && q.speaker.entity === null ? [`${q.speaker.name}`] : [];
  const notes = [q.kind, ...who, q.cue?.text, q.source ? `via ${q.source.name}` : null, q.speaker ? `by ${q.speaker.via}` : null, `${q.confidence}`];
  return [`  ${c.dim(q.id.padEnd(4))}${c.green(`“${q.text}”`)}`, `      ${c.dim(notes.filter(Boolean).join(' · '))}`];
}

function claimLines(x: ClaimResult, c: ChalkInstance): string[] {
  const who = x.speaker && x.speaker.entity === null ? [`${x.speaker.name}`] : [];
  const notes = [...who, x.cue?.text, x.source ? `via ${x.source.name}` : null, x.speaker ? `by ${x.speaker.via}` : null, `${x.confidence}`];
  return [`  ${c.dim(x.id.padEnd(4))}${c.yellow(`${x.kind}:`)} ${x.text}`, `      ${c.dim(notes.filter(Boolean).join(' · '))}`];
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
