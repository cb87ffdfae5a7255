/**
 * Calendar dates travel as ISO strings 'YYYY-MM-DD' so that they compare lexicographically and
 * never pick up a time zone. Arithmetic goes through a day number (days since 1970-01-01, UTC).
 * Parsing and formatting avoid regular expressions and Date objects: award schedules and
 * eligibility checks handle dozens of dates per claim.
 */
export type IsoDate = string;

export type DateParts = { year: number; month: number; day: number };

const MS_PER_DAY = 86_400_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const DASH = 45;

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The parts of a real calendar date written 'YYYY-MM-DD', or null. */
export function parseIsoDate(value: string): DateParts | null {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year >= 0 && isRealDate(year, month, day) ? { year, month, day } : null;
}

/** True for a real calendar date written 'YYYY-MM-DD' (2023-02-29 is false). */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function splitIsoDate(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (parts === null) throw new RangeError(`not an ISO calendar date: ${date}`);
  return parts;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

const DAY_TEXT = Array.from({ length: 32 }, (_, d) => String(d).padStart(2, '0'));
// Each date's text made once, per month of 1900–2199 (where every date of this platform falls): an
// award schedule formats dozens of dates per claim from a few hundred distinct ones.
const FIRST_CACHED_YEAR = 1900;
const CACHED_MONTHS = 300 * 12;
const monthTexts: (string[] | undefined)[] = new Array(CACHED_MONTHS);

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  const index = (year - FIRST_CACHED_YEAR) * 12 + month - 1;
  if (index < 0 || index >= CACHED_MONTHS) return writeIsoDate(year, month, day);
  let days = monthTexts[index];
  if (days === undefined) {
    days = [];
    monthTexts[index] = days;
  }
  let text = days[day];
  if (text === undefined) {
    text = writeIsoDate(year, month, day);
    days[day] = text;
  }
  return text;
}

function writeIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${DAY_TEXT[month]}-${DAY_TEXT[day]}`;
}

export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = splitIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Monday = 1 … Sunday = 7 (ISO 8601). */
export function isoWeekday(date: IsoDate): number {
  // Day 0 (1970-01-01) was a Thursday.
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * Adds calendar months, clamping to the month's last day (2024-01-31 + 1 month = 2024-02-29), the
 * way people count "24 months after settlement".
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return shiftMonths(splitIsoDate(date), months);
}

function shiftMonths({ year, month, day }: DateParts, months: number): IsoDate {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = daysInMonth(y, m);
  return formatIsoDate(y, m, day < last ? day : last);
}

/** `date` plus each of `offsets` months, parsing `date` once. */
export function monthSeries(date: IsoDate, offsets: readonly number[]): IsoDate[] {
  const parts = splitIsoDate(date);
  return offsets.map((months) => shiftMonths(parts, months));
}

/** Whole calendar months from `from` to `to` (negative when `to` is earlier); partial months do not count. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -monthsBetween(to, from);
  const a = splitIsoDate(from);
  const b = splitIsoDate(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  return shiftMonths(a, months) > to ? months - 1 : months;
}

/**
 * Age in completed years (周岁) on `on`. Someone born on 29 February turns a year older on 1 March
 * in common years.
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const b = splitIsoDate(birthDate);
  const d = splitIsoDate(on);
  const beforeBirthday = d.month < b.month || (d.month === b.month && d.day < b.day);
  return d.year - b.year - (beforeBirthday ? 1 : 0);
}

/**
 * Today's date in China Standard Time (UTC+8, no daylight saving). The one place in this package that
 * reads a clock; rules take the date as an argument instead.
 */
export function todayInChina(): IsoDate {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
