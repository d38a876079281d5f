import type { FolderResult } from './folder.js';
import type { Rate, Tally } from './score.js';

const pct = (x: number | null) => (x === null ? '   n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);

/** The scores of one folder as a readable table. */
export function evalText(r: FolderResult): string {
  const { scores: s, metrics: m } = r;
  const tally = (t: Tally) => `${t.gold} gold · ${t.found} found · ${t.matched} matched`;
  const of = (x: Rate) => `of ${x.judged}`;
  const lines = [
    `${r.folder}  (${s.articles} article${s.articles === 1 ? '' : 's'})`,
    `  direct quotes    precision ${pct(m.quotePrecision)}  recall ${pct(m.quoteRecall)}  F1 ${pct(m.quoteF1)}   ${tally(s.direct)}`,
    `  partial quotes   precision ${pct(m.partialPrecision)}  recall ${pct(m.partialRecall)}  F1 ${pct(m.partialF1)}   ${tally(s.partial)}`,
    `  claims           precision ${pct(m.claimPrecision)}  recall ${pct(m.claimRecall)}  F1 ${pct(m.claimF1)}   ${tally(s.claims)}`,
    `  claims by text   recall ${pct(m.claimTextRecall)}   ${s.claimText.matched} of ${s.claimText.gold} (any speaker)   with the same speaker ${pct(m.claimRecallSame)}`,
    `  quote speakers   ${pct(m.speakerAll)} ${of(s.quoteSpeaker)}   high-confidence links ${pct(m.speakerHigh)} ${of(s.quoteSpeakerHigh)}`,
    `  claim speakers   ${pct(m.claimSpeakerAll)} ${of(s.claimSpeaker)}   high-confidence links ${pct(m.claimSpeakerHigh)} ${of(s.claimSpeakerHigh)}`,
    `  same person      quotes ${pct(m.speakerSame)} ${of(s.quoteSame)}   claims ${pct(m.claimSpeakerSame)} ${of(s.claimSame)}   split across ids ${pct(m.speakersSplit)} ${of(s.split)} speakers`,
    `  cues             ${pct(m.cueAccuracy)} ${of(s.cues)}`,
    `  entities         recall ${pct(m.entityRecall)} ${of(s.entities)}`,
    `  metadata         ${pct(m.metadata)} ${of(s.metadata)}`,
    `    as printed     title ${pct(m.metaTitle)} ${of(s.printed.title)} · outlet ${pct(m.metaOutlet)} ${of(s.printed.outlet)} · published ${pct(m.metaPublished)} ${of(s.printed.published)} · author ${pct(m.metaAuthor)} ${of(s.printed.author)} · dateline ${pct(m.metaDateline)} ${of(s.printed.dateline)}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Every miss and wrong link, each with the sentence it is in. */
export function findingsText(r: FolderResult): string {
  return r.findings
    .map((f) => {
      const text = r.texts.get(f.path) ?? '';
      const where =
        f.start !== undefined ? [...text].slice(0, f.start).join('').length : text.indexOf(f.text.slice(0, 40));
      const detail = [
        f.gold !== undefined ? `gold: ${f.gold || '(none)'}` : null,
        f.got !== undefined ? `got: ${f.got ?? '(none)'}` : null,
      ]
        .filter(Boolean)
        .join(', ');
      const line = where >= 0 ? text.slice(0, where).split('\n').length : 0;
      return `${f.path}:${line}: ${f.what}${detail ? ` (${detail})` : ''}\n    “${clip(f.text)}”\n    in: ${clip(sentenceAround(text, where))}\n`;
    })
    .join('');
}

function sentenceAround(text: string, at: number): string {
  if (at < 0) return '(not found in the text)';
  const start = Math.max(0, at - 120);
  const end = Math.min(text.length, at + 220);
  return (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : '');
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 300 ? `${one.slice(0, 299)}…` : one;
}
