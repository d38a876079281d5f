// The report's pictures, drawn as SVG from the figures of stats.ts (the same numbers extract stats
// prints): who talks about whom, items per month, items per outlet. Plain markup, laid out by
// rule, so the same figures give the same bytes.
import { escapeHtml } from './escape.js';
import { type GroupCount, pairsOf, type Stats } from './stats.js';

const FONT = 'font-family="system-ui, sans-serif" font-size="12"';

/** A two-column graph: the top speakers on the left, the top about-entities on the right, an edge per pair. */
export function graphSvg(s: Stats): string {
  const pairs = pairsOf(s);
  const left = s.matrix.speakers;
  const right = s.matrix.about;
  const names = new Map([...s.speakers, ...s.about].map((x) => [x.id, x.name]));
  const name = (id: string) => names.get(id) ?? id;
  const row = 28;
  const height = Math.max(left.length, right.length, 1) * row + 20;
  const width = 760;
  const lx = 230;
  const rx = width - 230;
  const y = (i: number, n: number) => 10 + ((height - 20) / n) * (i + 0.5);
  const max = Math.max(1, ...pairs.map((p) => p.count));
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="who talks about whom" ${FONT}>`,
  ];
  for (const p of pairs) {
    const y1 = y(left.indexOf(p.speaker), left.length).toFixed(1);
    const y2 = y(right.indexOf(p.about), right.length).toFixed(1);
    const w = (1 + (9 * p.count) / max).toFixed(2);
    out.push(
      `<path class="edge" data-speaker="${escapeHtml(p.speaker)}" data-about="${escapeHtml(p.about)}" data-count="${p.count}" d="M${lx + 6} ${y1} C${(lx + rx) / 2} ${y1} ${(lx + rx) / 2} ${y2} ${rx - 6} ${y2}" stroke-width="${w}"><title>${escapeHtml(`${name(p.speaker)} → ${name(p.about)}: ${p.count}`)}</title></path>`,
    );
  }
  left.forEach((id, i) => {
    const cy = y(i, left.length).toFixed(1);
    out.push(
      `<circle class="node speaker" cx="${lx}" cy="${cy}" r="5"/><text x="${lx - 10}" y="${cy}" dy="4" text-anchor="end">${escapeHtml(clip(name(id)))}</text>`,
    );
  });
  right.forEach((id, i) => {
    const cy = y(i, right.length).toFixed(1);
    out.push(
      `<circle class="node about" cx="${rx}" cy="${cy}" r="5"/><text x="${rx + 10}" y="${cy}" dy="4">${escapeHtml(clip(name(id)))}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}

/** Quotes and claims per month, in time order; the documents without a date are counted beside. */
export function timelineSvg(s: Stats): string {
  const months = s.months.filter((m) => m.key !== 'unknown');
  if (months.length === 0) return '';
  return bars(
    months,
    'items per month',
    (m) => m.key,
    (m) => m.items,
  );
}

/** Quotes and claims per outlet, the most first. */
export function outletsSvg(s: Stats): string {
  if (s.outlets.length === 0) return '';
  const list = s.outlets.slice(0, 30);
  const row = 20;
  const width = 520;
  const labels = 160;
  const max = Math.max(1, ...list.map((o) => o.items));
  const height = list.length * row + 10;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="outlets" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="items per outlet" ${FONT}>`,
  ];
  list.forEach((o, i) => {
    const w = ((width - labels - 80) * o.items) / max;
    const y = 5 + i * row;
    out.push(
      `<text x="${labels - 8}" y="${y + 13}" text-anchor="end">${escapeHtml(clip(o.key))}</text>`,
      `<rect class="bar" data-key="${escapeHtml(o.key)}" data-count="${o.items}" x="${labels}" y="${y + 2}" width="${w.toFixed(1)}" height="${row - 6}"><title>${escapeHtml(`${o.key}: ${o.items} items in ${o.documents} documents`)}</title></rect>`,
      `<text x="${(labels + w + 6).toFixed(1)}" y="${y + 13}">${o.items}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}

/** Vertical bars, one per group, labelled below (every few when there are many). */
function bars(list: GroupCount[], label: string, key: (g: GroupCount) => string, n: (g: GroupCount) => number): string {
  const width = 520;
  const height = 180;
  const base = 140;
  const step = (width - 60) / list.length;
  const max = Math.max(1, ...list.map(n));
  const every = Math.ceil(list.length / 8);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}" ${FONT}>`,
    `<text x="4" y="14">${max}</text><line x1="40" y1="${base}" x2="${width - 10}" y2="${base}" stroke="#999"/>`,
  ];
  list.forEach((g, i) => {
    const h = ((base - 20) * n(g)) / max;
    const x = 45 + i * step;
    out.push(
      `<rect class="bar" data-key="${escapeHtml(key(g))}" data-count="${n(g)}" x="${x.toFixed(1)}" y="${(base - h).toFixed(1)}" width="${Math.max(1, step - 2).toFixed(1)}" height="${h.toFixed(1)}"><title>${escapeHtml(`${key(g)}: ${n(g)} items in ${g.documents} documents`)}</title></rect>`,
    );
    if (i % every === 0)
      out.push(
        `<text x="${(x + step / 2).toFixed(1)}" y="${base + 16}" text-anchor="middle">${escapeHtml(key(g))}</text>`,
      );
  });
  out.push('</svg>');
  return out.join('');
}

function clip(s: string): string {
  const cps = [...s];
  return cps.length > 30 ? `${cps.slice(0, 29).join('')}…` : s;
}
