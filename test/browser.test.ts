/// <reference lib="dom" />
// The HTML report in a real browser (Debian's chromium through puppeteer-core), with the network
// cut off: the cards, the marked article, the graph and the link from a card to its article must
// show the numbers of the JSON output and of extract stats. Skipped when chromium is missing.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './spawn.js';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => !!p && existsSync(p),
);
const SEED = 'fixtures/nato-rusia-korut.txt';
const SHARED = '../shared/corpus';
const SHOTS = 'test/screenshots';

interface Item {
  id: string;
  text: string;
  start: number;
  end: number;
}
interface Doc {
  entities: { id: string; quotes: string[]; claims: string[] }[];
  quotes: Item[];
  claims: Item[];
}

/** Writes a report to a temporary file; returns its file:// address. */
function report(args: string[], name: string): string {
  const r = cli([...args, '--format', 'html', '-q']);
  expect(r.code).toBe(0);
  const file = join(tempDir('html'), name);
  writeFileSync(file, r.stdout);
  return pathToFileURL(resolve(file)).href;
}

/** Screenshots are rewritten only when asked, as golden files are (they are committed for the README). */
function screenshotPath(name: string): string {
  if (process.env.UPDATE_SCREENSHOTS === '1' && !process.env.CI) {
    mkdirSync(SHOTS, { recursive: true });
    return join(SHOTS, name);
  }
  return join(tempDir('shot'), name);
}

if (!CHROMIUM) {
  it.skip('the HTML report in a browser needs chromium: `sudo apt-get install -y chromium` (Debian), or set CHROMIUM_PATH', () => {});
}

describe.skipIf(!CHROMIUM)('the HTML report in chromium, offline', () => {
  let browser: Browser;
  /** Every request that was neither data: nor file:, across the tests: there must be none. */
  const blocked: string[] = [];

  beforeAll(async () => {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM!,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    expect(blocked).toEqual([]);
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1300 });
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const u = req.url();
      if (u.startsWith('data:') || u.startsWith('file:')) void req.continue();
      else {
        blocked.push(u);
        void req.abort();
      }
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'load' });
    expect(errors).toEqual([]);
    return page;
  }

  /** Card id → [quotes, claims] as the page shows them, page by page through the pager. */
  async function cards(page: Page): Promise<Record<string, [number, number]>> {
    const seen: Record<string, [number, number]> = {};
    for (;;) {
      const part = await page.$$eval('#cards .card', (cs) =>
        cs.map(
          (c) =>
            [
              c.getAttribute('data-entity')!,
              Number(c.getAttribute('data-quotes')),
              Number(c.getAttribute('data-claims')),
            ] as const,
        ),
      );
      for (const [id, q, c] of part) seen[id] = [q, c];
      const before = await page.$eval('#page', (p) => p.textContent);
      await page.click('#next');
      if ((await page.$eval('#page', (p) => p.textContent)) === before) return seen;
    }
  }

  /** For each item id marked in the article: the text of its marks, joined. */
  function marked(page: Page): Promise<Record<string, string>> {
    return page.$$eval('#doc mark', (ms) => {
      const out: Record<string, string> = {};
      for (const m of ms)
        for (const id of m.getAttribute('data-items')!.split(' ')) out[id] = (out[id] ?? '') + m.textContent;
      return out;
    });
  }

  it('the seed article: cards, marks, graph, no request', async () => {
    const doc = JSON.parse(cli([SEED, '--format', 'json']).stdout) as Doc;
    const stats = JSON.parse(cli(['stats', SEED, '--format', 'json']).stdout);
    const page = await open(report([SEED], 'seed.html'));

    const expected = Object.fromEntries(
      doc.entities
        .filter((e) => e.quotes.length + e.claims.length > 0)
        .map((e) => [e.id, [e.quotes.length, e.claims.length]]),
    );
    expect(await cards(page)).toEqual(expected);

    // One article: it is open from the start, every item with valid offsets marked with its own text.
    const items = [...doc.quotes, ...doc.claims];
    expect(items.length).toBeGreaterThan(10);
    expect(await marked(page)).toEqual(Object.fromEntries(items.map((x) => [x.id, x.text])));
    expect(await page.$$eval('#doc .anchor', (a) => a.length)).toBe(items.length);

    const pairs = (stats.matrix.counts as number[][]).flat().filter((n) => n > 0);
    const edges = await page.$$eval('svg.graph path.edge', (es) => es.map((e) => Number(e.getAttribute('data-count'))));
    expect(edges).toEqual(pairs);
    expect(await page.$eval('.summary', (s) => s.getAttribute('data-quotes'))).toBe(String(stats.quotes));

    await page.screenshot({ path: screenshotPath('seed.png'), fullPage: false });
    await page.close();
  });

  it('a small corpus: the cards equal the JSON view, a card links to its item in the article', async () => {
    // fixtures/corpus and an article with letters beyond the BMP before and inside its quotes:
    // the page slices by code points, as the offsets count.
    const dir = tempDir('emoji');
    writeFileSync(
      join(dir, 'emoji.txt'),
      'Bantuan untuk Gaza 𝕏\n\nJAKARTA 😀 — "Kami 🇮🇩 siap membantu 𝒜 siapa pun," kata Menteri Luar Negeri Retno Marsudi. 🙂\n\nRetno mengatakan bantuan 🚚 sudah tiba di Gaza.\n',
    );
    const inputs = ['fixtures/corpus', join(dir, 'emoji.txt')];
    const json = JSON.parse(cli([...inputs, '--format', 'json', '-q']).stdout) as {
      documents: (Doc & { document: { path: string } })[];
      entities: { id: string; quotes: unknown[]; claims: unknown[] }[];
    };
    const stats = JSON.parse(cli(['stats', ...inputs, '--format', 'json', '-q']).stdout);
    const page = await open(report(inputs, 'corpus.html'));

    const expected = Object.fromEntries(
      json.entities
        .filter((e) => e.quotes.length + e.claims.length > 0)
        .map((e) => [e.id, [e.quotes.length, e.claims.length]]),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(2);
    expect(await cards(page)).toEqual(expected);
    const edges = await page.$$eval('svg.graph path.edge', (es) => es.length);
    expect(edges).toBe((stats.matrix.counts as number[][]).flat().filter((n) => n > 0).length);

    // Each document's marks hold exactly its items' texts.
    for (const [i, d] of json.documents.entries()) {
      await page.evaluate((h) => {
        location.hash = h;
      }, `#d${i}`);
      await page.waitForFunction((n) => document.getElementById('doc')?.getAttribute('data-doc') === String(n), {}, i);
      expect(await marked(page)).toEqual(Object.fromEntries([...d.quotes, ...d.claims].map((x) => [x.id, x.text])));
    }
    const emoji = json.documents.find((d) => d.document.path!.endsWith('emoji.txt'))!;
    expect(emoji.quotes.map((q) => q.text)).toContain('Kami 🇮🇩 siap membantu 𝒜 siapa pun,');

    // A click on an item of a card opens its article, the item targeted and in view.
    await page.goto(`${page.url().split('#')[0]}#`, { waitUntil: 'load' });
    const link = await page.$('#cards .card .item a');
    const [href, item] = await link!.evaluate((a): [string, string] => [
      a.getAttribute('href')!,
      a.closest('li')!.getAttribute('data-item')!,
    ]);
    await link!.click();
    await page.waitForFunction(() => document.querySelector('#doc mark.target') !== null);
    expect(page.url().endsWith(href)).toBe(true);
    const target = await page.$eval('#doc mark.target', (m) => {
      const r = m.getBoundingClientRect();
      return { items: m.getAttribute('data-items')!.split(' '), visible: r.top >= 0 && r.bottom <= innerHeight };
    });
    expect(target.items).toContain(item);
    expect(target.visible).toBe(true);
    await page.close();
  });

  it.skipIf(!existsSync(`${SHARED}/articles`))(
    '500 articles of the shared corpus, with their outlets and dates',
    async () => {
      const dir = tempDir('c500');
      const list = join(dir, 'files.txt');
      const files = readdirSync(`${SHARED}/articles`).sort().slice(0, 500);
      writeFileSync(list, files.map((f) => resolve(SHARED, 'articles', f)).join('\n'));
      const args = ['--files-from', list, '--meta', `${SHARED}/manifest.jsonl`];
      const stats = JSON.parse(cli(['stats', ...args, '--format', 'json', '-q']).stdout);
      const page = await open(report(args, 'corpus-500.html'));
      expect(await page.$$eval('svg.graph path.edge', (es) => es.length)).toBe(
        (stats.matrix.counts as number[][]).flat().filter((n) => n > 0).length,
      );
      const months = await page.$$eval('svg.timeline rect.bar', (bs) =>
        bs.map((b) => [b.getAttribute('data-key'), Number(b.getAttribute('data-count'))]),
      );
      expect(months).toEqual(
        stats.months
          .filter((m: { key: string }) => m.key !== 'unknown')
          .map((m: { key: string; items: number }) => [m.key, m.items]),
      );
      const outlets = await page.$$eval('svg.outlets rect.bar', (bs) =>
        bs.map((b) => [b.getAttribute('data-key'), Number(b.getAttribute('data-count'))]),
      );
      expect(outlets).toEqual(stats.outlets.slice(0, 30).map((o: { key: string; items: number }) => [o.key, o.items]));
      // Open the first card's first item, for the picture.
      await page.click('#cards .card .item a');
      await page.waitForFunction(() => document.querySelector('#doc mark.target') !== null);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath('corpus-500.png'), fullPage: false });
      await page.close();
    },
  );
});
