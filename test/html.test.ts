// --format html without a browser: nothing in an article can become markup, the bytes never vary,
// the page needs no network, and the excerpts of a large corpus hold every item.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { pageDoc } from '../src/report/html.js';
import { cli, tempDir } from './spawn.js';

const HOSTILE =
  'Judul <b>tebal</b>\n\nJAKARTA - "Kami </script><script>alert(1)</script> <img src=x onerror=alert(2)> siap & senang," kata Menteri Luar Negeri Retno Marsudi.\n';

describe('the HTML report', () => {
  it('article text never becomes markup: one script of ours, no element from the text', () => {
    const dir = tempDir('hostile');
    writeFileSync(join(dir, 'a.txt'), HOSTILE);
    const r = cli([join(dir, 'a.txt'), '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('<script>alert');
    expect(r.stdout).not.toContain('<img');
    expect(r.stdout).not.toContain('<b>');
    expect(r.stdout.match(/<script>/g)).toHaveLength(1);
    // The embedded data reads back as the text it came from.
    const data = /<script type="application\/json" class="docs">(.*?)<\/script>/s.exec(r.stdout)![1]!;
    expect(JSON.parse(data)[0].x[0][1]).toBe(HOSTILE);
    expect(r.stdout).toContain('<h1>Judul &#60;b&#62;tebal&#60;/b&#62;</h1>');
  });

  it('the same input gives the same bytes, with one job or several; no address outside the page', () => {
    const one = cli(['fixtures/corpus', 'fixtures/nato-rusia-korut.txt', '--format', 'html', '-q', '-j', '1']).stdout;
    const two = cli(['fixtures/corpus', 'fixtures/nato-rusia-korut.txt', '--format', 'html', '-q', '-j', '2']).stdout;
    expect(two).toBe(one);
    expect(one.startsWith('<!DOCTYPE html>')).toBe(true);
    // Only the SVG namespace names an address; nothing is loaded from anywhere.
    expect(one.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(one).not.toMatch(/<link|@import|url\(/);
  });

  it('--out writes one page per input', () => {
    const out = tempDir('html-out');
    const r = cli(['fixtures/corpus', '--format', 'html', '--out', out, '-q']);
    expect([r.code, r.stdout]).toEqual([0, '']);
    const page = readFileSync(join(out, 'kompas/retno-jenewa.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    expect(page).toContain('data-documents="1"');
  });

  it('excerpts: each item inside a kept stretch, at its code point offsets', () => {
    const text = `Judul\n\nPembuka 😀 yang panjang. ${HOSTILE.slice(20)}\nPenutup tanpa kutipan. Lagi 𝕏.\n`;
    const r = extract(text, { path: 'x.txt' });
    const items = [...r.quotes, ...r.claims];
    expect(items.length).toBeGreaterThan(0);
    const data = JSON.parse(pageDoc(r, text, true).json) as { n: number; x: [number, string][] };
    expect(data.n).toBe([...text].length);
    expect(data.x.map(([, s]) => s).join('').length).toBeLessThan(text.length);
    for (const it of items) {
      const seg = data.x.find(([s, t]) => s <= it.start && it.end <= s + [...t].length)!;
      expect([...seg[1]].slice(it.start - seg[0], it.end - seg[0]).join('')).toBe(it.text);
    }
  });
});
