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
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([\p{L}]+)\.?\s+(\d{4})/u;
const NUMBERS = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const MONTH_DAY_YEAR = /^([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})/u;
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
  let year: number;
  let month: number | undefined;
  let date: number;
  let m: RegExpExecArray | null;
  if ((m = DAY_MONTH_YEAR.exec(s))) {
    [date, month, year] = [+m[1]!, words.months.get(m[2]!.toLowerCase()), +m[3]!];
  } else if ((m = NUMBERS.exec(s))) {
    [date, month, year] = [+m[1]!, +m[2]!, +m[3]!];
  } else if ((m = MONTH_DAY_YEAR.exec(s))) {
    [date, month, year] = [+m[2]!, words.months.get(m[1]!.toLowerCase()), +m[3]!];
  } else return null;
  if (month === undefined) return null;
  const clock = CLOCK.exec(s.slice(m[0].length));
  if (!clock) return null;
  const zone = clock[3]?.toUpperCase();
  if (zone !== undefined && !words.timeZones.has(zone)) return null;
  return format(year, month, date, clock[1], clock[2], zone, words);
}
