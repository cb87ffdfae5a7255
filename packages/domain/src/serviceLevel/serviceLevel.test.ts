import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../calendar/workingDays';
import { monthsOf, serviceLevelByMonth, weightedMedian } from './median';

describe('weightedMedian', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(weightedMedian([])).toBeNull();
    expect(weightedMedian([{ value: 3, count: 1 }])).toBe(3);
    expect(
      weightedMedian([
        { value: 5, count: 1 },
        { value: 1, count: 1 },
      ]),
    ).toBe(3);
    expect(
      weightedMedian([
        { value: 0, count: 3 },
        { value: 9, count: 2 },
      ]),
    ).toBe(0);
    expect(
      weightedMedian([
        { value: 1, count: 2 },
        { value: 4, count: 2 },
      ]),
    ).toBe(2.5);
  });
});

describe('serviceLevelByMonth', () => {
  // 2026-01-01 (Thu) a holiday; 2026-01-04 (Sun) a declared working day.
  const calendar = makeCalendar({ holidays: ['2026-01-01'], adjustedWorkingDays: ['2026-01-04'] });

  it('counts working days by the bureau calendar, per route and per month of decision', () => {
    const result = serviceLevelByMonth(
      calendar,
      [
        // green: same day (0) and over the holiday (12-31 Wed → 01-02 Fri: 1 working day)
        { green: true, submittedOn: '2026-01-05', decidedOn: '2026-01-05', count: 2 },
        { green: true, submittedOn: '2025-12-31', decidedOn: '2026-01-02', count: 1 },
        // ordinary: 01-02 (Fri) → 01-09 (Fri): Sun 4th works, so 6 working days
        { green: false, submittedOn: '2026-01-02', decidedOn: '2026-01-09', count: 1 },
        { green: false, submittedOn: '2025-12-01', decidedOn: '2025-12-05', count: 3 },
      ],
      monthsOf('2025-12-15', '2026-01-20'),
    );
    expect(result.overall).toEqual({ green: { median: 0, decided: 3 }, ordinary: { median: 4, decided: 4 } });
    expect(result.byMonth).toEqual([
      { month: '2025-12', green: { median: null, decided: 0 }, ordinary: { median: 4, decided: 3 } },
      { month: '2026-01', green: { median: 0, decided: 3 }, ordinary: { median: 6, decided: 1 } },
    ]);
  });

  it('lists the months from the first to the last, across a year end', () => {
    expect(monthsOf('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
