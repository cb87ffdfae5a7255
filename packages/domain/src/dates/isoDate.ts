/**
 * Calendar dates travel as ISO strings 'YYYY-MM-DD' so that they compare lexicographically and
 * never pick up a time zone. Arithmetic goes through a day number (days since 1970-01-01, UTC).
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written 'YYYY-MM-DD' (2023-02-29 is false). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = splitIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function splitIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO calendar date: ${date}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Monday = 1 … Sunday = 7 (ISO 8601). */
export function isoWeekday(date: IsoDate): number {
  const d = new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
  return d === 0 ? 7 : d;
}

/**
 * Adds calendar months, clamping to the month's last day (2024-01-31 + 1 month = 2024-02-29), the
 * way people count "24 months after settlement".
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return monthSeries(date, [months])[0] as IsoDate;
}

/** `date` plus each of `offsets` months, parsing `date` once: award schedules need dozens at a time. */
export function monthSeries(date: IsoDate, offsets: readonly number[]): IsoDate[] {
  const { year, month, day } = splitIsoDate(date);
  const base = year * 12 + (month - 1);
  return offsets.map((months) => {
    const index = base + months;
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
  });
}

/** Whole calendar months from `from` to `to` (negative when `to` is earlier); partial months do not count. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -monthsBetween(to, from);
  const a = splitIsoDate(from);
  const b = splitIsoDate(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/** Age in completed years on `on`, as a clerk counts it from the birth date. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  return Math.floor(monthsBetween(birthDate, on) / 12);
}

/**
 * Today's date in China Standard Time (UTC+8, no daylight saving). The one place in this package that
 * reads a clock; rules take the date as an argument instead.
 */
export function todayInChina(): IsoDate {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
