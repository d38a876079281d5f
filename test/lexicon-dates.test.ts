// One article, dated 2024 and 2025: epithets, metonyms, abbreviations and title-only speakers
// resolve to their entities, and each title to whoever held it on the article's date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const holders = {
  2024: { menluAS: 'antony-blinken', sekjenNATO: 'jens-stoltenberg', menluRI: 'retno-marsudi' },
  2025: { menluAS: 'marco-rubio', sekjenNATO: 'mark-rutte', menluRI: 'sugiono' },
} as const;

describe.each([2024, 2025] as const)('titles resolved by the date of an article of %i', (year) => {
  const path = `fixtures/lexicon/titles-${year}.txt`;
  const r = extract(readFileSync(path, 'utf8'), { path });
  const speakerOf = (start: string) => [...r.quotes, ...r.claims].find((x) => x.text.startsWith(start))?.speaker;

  it('reads the date from the byline', () => {
    expect(r.document.published).toBe(`${year}-06-10T10:00:00+07:00`);
  });

  it('Menlu AS, Sekjen NATO and Menlu RI are the holders of the day', () => {
    expect(speakerOf('Kami tidak akan mundur')).toMatchObject({ entity: holders[year].menluAS, via: 'title' });
    expect(speakerOf('aliansi tetap bersatu')).toMatchObject({ entity: holders[year].sekjenNATO, via: 'title' });
    expect(speakerOf('Indonesia siap')).toMatchObject({ entity: holders[year].menluRI, via: 'title' });
  });

  it('epithets and capitals are the states they stand for; a capital as a place is not', () => {
    const mentions = r.entities.flatMap((e) => e.mentions.map((m) => `${e.id}:${m.text}`));
    expect(mentions).toEqual(
      expect.arrayContaining([
        'amerika-serikat:Negeri Paman Sam',
        'china:Negeri Tirai Bambu',
        'rusia:Moskow',
        'rusia:Negeri Beruang Merah',
        'china:Beijing',
        'korea-utara:Korut',
        'korea-selatan:Korsel',
        'pbb:PBB',
        'amerika-serikat:AS',
        'indonesia:RI',
      ]),
    );
    expect(mentions).not.toContain('amerika-serikat:Washington');
  });

  it('a capital speaks for its state: Beijing membantah', () => {
    expect(speakerOf('tuduhan bahwa China')).toMatchObject({ entity: 'china' });
    expect(r.claims.find((c) => c.speaker?.entity === 'china')?.text).toBe('tuduhan bahwa China memasok senjata');
  });

  it('without a date, the titles stay titles', () => {
    const text = readFileSync(path, 'utf8').replace(/diperbarui .*WIB/, '');
    const undated = extract(text, { path });
    expect(undated.document.published).toBeNull();
    expect(undated.quotes.find((q) => q.text.startsWith('Kami tidak'))?.speaker).toMatchObject({
      entity: null,
      name: 'Menlu AS',
      via: 'title',
    });
  });
});
