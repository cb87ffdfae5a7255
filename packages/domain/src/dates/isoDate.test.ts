import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateArb } from '../testing';
import {
  addDays,
  addMonths,
  ageOn,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  isoWeekday,
  monthSeries,
  monthsBetween,
  parseIsoDate,
  splitIsoDate,
  toDayNumber,
  todayInChina,
} from './isoDate';

describe('ISO calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-00-10')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('2024/01/01')).toBe(false);
    expect(isIsoDate('20a4-01-01')).toBe(false);
    expect(parseIsoDate('2024-04-31')).toBeNull();
    expect(() => splitIsoDate('nope')).toThrow(RangeError);
  });

  it('knows month lengths', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 13)).toBe(0);
  });

  it('adds days and months the way people count them', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-05-15', 24)).toBe('2026-05-15');
    expect(monthSeries('2023-12-31', [0, 2, 14])).toEqual(['2023-12-31', '2024-02-29', '2025-02-28']);
    expect(formatIsoDate(987, 6, 5)).toBe('0987-06-05');
  });

  it('counts whole months and completed years', () => {
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2024-01-15', '2024-02-14')).toBe(0);
    expect(monthsBetween('2024-03-15', '2024-01-15')).toBe(-2);
    expect(ageOn('1995-06-15', '2025-06-14')).toBe(29);
    expect(ageOn('1995-06-15', '2025-06-15')).toBe(30);
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(0);
    expect(ageOn('2000-02-29', '2001-03-01')).toBe(1);
  });

  it('numbers weekdays from Monday', () => {
    expect(isoWeekday('2025-01-06')).toBe(1);
    expect(isoWeekday('2025-01-05')).toBe(7);
    expect(isoWeekday('1969-12-31')).toBe(3);
  });

  it("reads today's date in China", () => {
    expect(isIsoDate(todayInChina())).toBe(true);
  });

  it('round-trips day numbers and keeps addMonths inside the target month', () => {
    fc.assert(
      fc.property(isoDateArb(), fc.integer({ min: -400, max: 400 }), (date, n) => {
        expect(addDays(addDays(date, n), -n)).toBe(date);
        expect(toDayNumber(addDays(date, n)) - toDayNumber(date)).toBe(n);
        const shifted = addMonths(date, n);
        expect(monthsBetween(date, shifted)).toBe(n);
      }),
    );
  });
});
