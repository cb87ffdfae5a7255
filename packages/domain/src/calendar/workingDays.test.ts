import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/isoDate';
import { isoDateArb } from '../testing';
import { chinaHolidays2024to2026 } from './chinaHolidays';
import {
  addWorkingDays,
  calendarDataSchema,
  isWorkingDay,
  makeCalendar,
  workingDaysBetween,
} from './workingDays';

const china = makeCalendar(chinaHolidays2024to2026);

describe('working-day calendar', () => {
  it('follows the 2025 National Day holiday and its make-up days', () => {
    expect(isWorkingDay(china, '2025-09-28')).toBe(true); // Sunday made a working day
    expect(isWorkingDay(china, '2025-10-01')).toBe(false);
    expect(isWorkingDay(china, '2025-10-08')).toBe(false);
    expect(isWorkingDay(china, '2025-10-09')).toBe(true);
    expect(isWorkingDay(china, '2025-10-11')).toBe(true); // Saturday made a working day
    expect(isWorkingDay(china, '2025-10-12')).toBe(false);
    // 5 working days from Tuesday 30 September 2025: 9, 10, 11 (Saturday), 13, 14 October.
    expect(addWorkingDays(china, '2025-09-30', 5)).toBe('2025-10-14');
    expect(workingDaysBetween(china, '2025-09-30', '2025-10-14')).toBe(5);
    expect(workingDaysBetween(china, '2025-10-14', '2025-09-30')).toBe(-5);
  });

  it('rolls a non-working day forward for n = 0 and goes back for negative n', () => {
    expect(addWorkingDays(china, '2025-10-01', 0)).toBe('2025-10-09');
    expect(addWorkingDays(china, '2025-10-09', 0)).toBe('2025-10-09');
    expect(addWorkingDays(china, '2025-10-09', -1)).toBe('2025-09-30');
  });

  it('validates calendar data', () => {
    expect(calendarDataSchema.safeParse({ holidays: ['2025-02-30'], adjustedWorkingDays: [] }).success).toBe(
      false,
    );
    expect(calendarDataSchema.parse(chinaHolidays2024to2026)).toEqual(chinaHolidays2024to2026);
  });

  const calendarArb = fc
    .record({
      holidays: fc.array(isoDateArb('2024-01-01', '2026-12-31'), { maxLength: 60 }),
      adjustedWorkingDays: fc.array(isoDateArb('2024-01-01', '2026-12-31'), { maxLength: 10 }),
    })
    .map(makeCalendar);

  it('never lands on a non-working day, and is monotone in n and in the start date', () => {
    fc.assert(
      fc.property(
        calendarArb,
        isoDateArb('2024-01-01', '2026-12-31'),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (calendar, date, n, extraDays, extraN) => {
          const result = addWorkingDays(calendar, date, n);
          expect(isWorkingDay(calendar, result)).toBe(true);
          expect(result >= date).toBe(true);
          const further = addWorkingDays(calendar, date, n + extraN);
          expect(further >= result).toBe(true);
          if (n >= 1 && extraN >= 1) expect(further > result).toBe(true);
          expect(addWorkingDays(calendar, addDays(date, extraDays), n) >= result).toBe(true);
          if (n >= 1) expect(workingDaysBetween(calendar, date, result)).toBe(n);
        },
      ),
    );
  });

  it('lands on working days going backwards too', () => {
    fc.assert(
      fc.property(
        calendarArb,
        isoDateArb('2024-01-01', '2026-12-31'),
        fc.integer({ min: 1, max: 40 }),
        (cal, date, n) => {
          const result = addWorkingDays(cal, date, -n);
          expect(isWorkingDay(cal, result)).toBe(true);
          expect(result < date).toBe(true);
          expect(workingDaysBetween(cal, result, date)).toBe(n - 1 + (isWorkingDay(cal, date) ? 1 : 0));
        },
      ),
    );
  });
});
