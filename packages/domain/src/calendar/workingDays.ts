import { z } from 'zod';
import { fromDayNumber, type IsoDate, isIsoDate, toDayNumber } from '../dates/isoDate';

/**
 * Service deadlines and notice periods count working days: Monday–Friday, minus public holidays,
 * plus weekend days declared working days (调休) (policy.md "Working days"). The bureau maintains the
 * holiday data each year, so the calendar is a value, not code.
 */
export const calendarDataSchema = z.object({
  holidays: z.array(z.string().refine(isIsoDate, 'validation.date.invalid')),
  adjustedWorkingDays: z.array(z.string().refine(isIsoDate, 'validation.date.invalid')),
});
export type CalendarData = z.infer<typeof calendarDataSchema>;

export type WorkingDayCalendar = {
  readonly holidays: ReadonlySet<number>;
  readonly adjustedWorkingDays: ReadonlySet<number>;
};

export function makeCalendar(data: CalendarData): WorkingDayCalendar {
  return {
    holidays: new Set(data.holidays.map(toDayNumber)),
    adjustedWorkingDays: new Set(data.adjustedWorkingDays.map(toDayNumber)),
  };
}

function isWorkingDayNumber(calendar: WorkingDayCalendar, day: number): boolean {
  if (calendar.adjustedWorkingDays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  // Day 0 (1970-01-01) was a Thursday; (day + 3) mod 7 gives Monday = 0 … Sunday = 6.
  return (((day + 3) % 7) + 7) % 7 < 5;
}

export function isWorkingDay(calendar: WorkingDayCalendar, date: IsoDate): boolean {
  return isWorkingDayNumber(calendar, toDayNumber(date));
}

/**
 * The n-th working day after `date` (before it when n < 0); `date` itself is not counted, the way a
 * "within 5 working days" deadline is read. With n = 0 a non-working date rolls forward to the next
 * working day, so the result is always a working day.
 */
export function addWorkingDays(calendar: WorkingDayCalendar, date: IsoDate, n: number): IsoDate {
  let day = toDayNumber(date);
  if (n === 0) {
    while (!isWorkingDayNumber(calendar, day)) day += 1;
    return fromDayNumber(day);
  }
  const step = n > 0 ? 1 : -1;
  let remaining = Math.abs(n);
  while (remaining > 0) {
    day += step;
    if (isWorkingDayNumber(calendar, day)) remaining -= 1;
  }
  return fromDayNumber(day);
}

/** Working days in (from, to]; negative when `to` is before `from`. */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: IsoDate, to: IsoDate): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (b < a) return -workingDaysBetween(calendar, to, from);
  let count = 0;
  for (let day = a + 1; day <= b; day++) if (isWorkingDayNumber(calendar, day)) count += 1;
  return count;
}
