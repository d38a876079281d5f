/** What a date parser needs to know: month names and time zones. */
export interface DateWords {
  months: ReadonlyMap<string, number>;
  timeZones: ReadonlyMap<string, string>;
}

const NAMED = /(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})(?:[,\s|-]+(\d{1,2})[:.](\d{2})(?:\s*([A-Z]{2,4}))?)?/;
const NUMERIC = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[,\s|-]+(\d{1,2})[:.](\d{2})(?:\s*([A-Z]{2,4}))?)?/;

/**
 * Finds the first date in a byline: "19 Jun 2024, 17:23 WIB" → 2024-06-19T17:23:00+07:00.
 * Without a time it gives the day alone (2024-06-19); without a zone, the local time.
 */
export function parseDate(s: string, words: DateWords): string | null {
  const named = NAMED.exec(s);
  if (named) {
    const month = words.months.get(named[2]!.toLowerCase());
    if (month) return format(+named[3]!, month, +named[1]!, named[4], named[5], named[6], words);
  }
  const numeric = NUMERIC.exec(s);
  if (numeric) return format(+numeric[3]!, +numeric[2]!, +numeric[1]!, numeric[4], numeric[5], numeric[6], words);
  return null;
}

function format(
  year: number,
  month: number,
  day: number,
  hour: string | undefined,
  minute: string | undefined,
  zone: string | undefined,
  words: DateWords,
): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined || +hour > 23 || +minute > 59) return date;
  const offset = zone ? (words.timeZones.get(zone) ?? '') : '';
  return `${date}T${pad(+hour)}:${minute}:00${offset}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A calendar date written YYYY-MM-DD that exists (no 2024-02-30). */
export function isIsoDate(s: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(s) &&
    !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
    new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)
  );
}

/** What a publication date line may also hold: the names of the days. */
export interface DateLineWords extends DateWords {
  /** Day names, lowercased (senin, jum'at, monday). */
  days: ReadonlySet<string>;
}

const DAY = /^([\p{L}']+)\s*,?\s*/u;
const CLOCK = /^\s*[,|/·–—-]{0,2}\s*(?:(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s*([\p{L}]{2,4}))?)?\s*$/u;

/**
 * A line that is a publication date and nothing else: "Selasa, 7 Maret 2023 - 16:40 WIB",
 * "14/02/2023, 10:05 WIB", "JUMAT, 10 MARET 2023 | 08:38 WIB", "March 10, 2023 19:10",
 * "Rabu, 08 Maret 2023". Gives the ISO date (with the time and zone offset when printed),
 * or null when anything else is on the line.
 */
export function parseDateLine(line: string, words: DateLineWords): string | null {
  let s = line.trim();
  const day = DAY.exec(s);
  if (day && words.days.has(day[1]!.toLowerCase())) s = s.slice(day[0].length);
  const date = leadingDate(s, words);
  if (!date) return null;
  const clock = CLOCK.exec(s.slice(date.length));
  if (!clock) return null;
  const zone = clock[3]?.toUpperCase();
  if (zone !== undefined && !words.timeZones.has(zone)) return null;
  return format(date.year, date.month, date.day, clock[1], clock[2], zone, words);
}

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;
const DAY_MONTH = /^(\d{1,2})[\s-]+(\p{L}+)\.?[\s-]+(\d{4}|\d{2})(?!\d)/u;
const MONTH_DAY = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u;

/**
 * The date a text opens with, and how long it is: "14/02/2023" (day first), "7 Maret 2023",
 * "13-Sep-19" (two-digit years as POSIX strptime reads them: 69–99 are 1969–1999, 00–68 are
 * 2000–2068), "March 10, 2023".
 */
function leadingDate(s: string, words: DateWords): { year: number; month: number; day: number; length: number } | null {
  let m = SLASHED.exec(s);
  if (m) return { year: +m[3]!, month: +m[2]!, day: +m[1]!, length: m[0].length };
  const named = (day: string, month: string, year: string, length: number) => {
    const n = words.months.get(month.toLowerCase());
    const y = year.length === 2 ? +year + (+year >= 69 ? 1900 : 2000) : +year;
    return n === undefined ? null : { year: y, month: n, day: +day, length };
  };
  if ((m = DAY_MONTH.exec(s))) return named(m[1]!, m[2]!, m[3]!, m[0].length);
  if ((m = MONTH_DAY.exec(s))) return named(m[2]!, m[1]!, m[3]!, m[0].length);
  return null;
}

const ISO_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/;
const SERIAL = /^(\d{5})(?:\.\d+)?$/;
const ZONED_TIME = /(?:^|[\sT,|])(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([A-Z]{3,4})(?![A-Za-z])/;

/**
 * The publication date that the date fields of a data file give, each field written alone
 * and in whatever form its scraper left ("13 Sep 2019", "13-Sep-19", "03/09/2019" as
 * day/month/year, "2019-09-10", "September 17, 2019", the Excel day number "43718"), with the
 * time of day taken from any field that names its zone ("18:51 WIB"). The fields are looked
 * at in the order given, so a date and a time written in each other's column still meet. A
 * time without a zone (or an Excel day fraction) says no instant, so only the day is given.
 */
export function parseDateFields(fields: readonly string[], words: DateWords): string | null {
  let day: string | null = null;
  let time: string | null = null;
  for (const raw of fields) {
    const s = raw.trim();
    const iso = ISO_TIME.exec(s);
    if (iso && isIsoDate(iso[1]!) && +iso[2]! < 24 && +iso[3]! < 60 && +(iso[4] ?? 0) < 60)
      return `${iso[1]}T${iso[2]}:${iso[3]}:${iso[4] ?? '00'}${iso[5] === 'Z' ? '+00:00' : iso[5]}`;
    day ??= dayOf(s.replace(/^[A-Za-z]+,\s*/, ''), words);
    time ??= zonedTime(s, words);
  }
  return day && time ? `${day}T${time}` : day;
}

function dayOf(s: string, words: DateWords): string | null {
  let m = ISO_DAY.exec(s);
  if (m) return format(+m[1]!, +m[2]!, +m[3]!, undefined, undefined, undefined, words);
  const date = leadingDate(s, words);
  if (date) return format(date.year, date.month, date.day, undefined, undefined, undefined, words);
  if ((m = SERIAL.exec(s))) {
    // Excel's day numbers count from 1899-12-30 (its 1900 leap-year slip lies before day 61).
    const d = new Date(Date.UTC(1899, 11, 30) + +m[1]! * 86_400_000);
    return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), undefined, undefined, undefined, words);
  }
  return null;
}

function zonedTime(s: string, words: DateWords): string | null {
  const m = ZONED_TIME.exec(s);
  const offset = m ? words.timeZones.get(m[3]!) : undefined;
  if (!m || offset === undefined || +m[1]! > 23 || +m[2]! > 59) return null;
  return `${pad(+m[1]!)}:${m[2]}:00${offset}`;
}
