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
