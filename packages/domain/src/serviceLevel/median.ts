import { type WorkingDayCalendar, workingDaysBetween } from '../calendar/workingDays';
import { addMonths, type IsoDate } from '../dates/isoDate';

// The service-level dashboard's medians (policy.md "The talent service card": green channel 1
// working day against 5 for the ordinary route). The database groups decided cases by the calendar
// days of submission and decision; working days come from the bureau's calendar here, once per pair.

/** How many cases of one route were submitted on one day and decided on another. */
export type DecisionDays = { green: boolean; submittedOn: IsoDate; decidedOn: IsoDate; count: number };

/** The median of values given with their counts (percentile_cont(0.5): the middle two averaged). */
export function weightedMedian(values: readonly { value: number; count: number }[]): number | null {
  const sorted = values.filter((v) => v.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((n, v) => n + v.count, 0);
  if (total === 0) return null;
  const at = (position: number): number => {
    let seen = 0;
    for (const v of sorted) {
      seen += v.count;
      if (position < seen) return v.value;
    }
    return sorted[sorted.length - 1]?.value ?? 0;
  };
  return (at(Math.floor((total - 1) / 2)) + at(Math.ceil((total - 1) / 2))) / 2;
}

export type TrackMedian = { median: number | null; decided: number };
export type ServiceLevelMonth = { month: string; green: TrackMedian; ordinary: TrackMedian };

/** 'YYYY-MM' of each month from `from`'s month through `to`'s, oldest first. */
export function monthsOf(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  for (let day = `${from.slice(0, 7)}-01`; day.slice(0, 7) <= to.slice(0, 7); day = addMonths(day, 1)) {
    months.push(day.slice(0, 7));
  }
  return months;
}

/**
 * Median working days from submission to decision, green against ordinary, overall and for each
 * month of `months` (by the month of the decision). A decision on the day of submission is 0.
 */
export function serviceLevelByMonth(
  calendar: WorkingDayCalendar,
  pairs: readonly DecisionDays[],
  months: readonly string[],
): { overall: { green: TrackMedian; ordinary: TrackMedian }; byMonth: ServiceLevelMonth[] } {
  const buckets = new Map<string, { value: number; count: number }[]>();
  const add = (key: string, value: number, count: number) => {
    const list = buckets.get(key) ?? [];
    list.push({ value, count });
    buckets.set(key, list);
  };
  for (const p of pairs) {
    const days = Math.max(0, workingDaysBetween(calendar, p.submittedOn, p.decidedOn));
    const track = p.green ? 'green' : 'ordinary';
    add(track, days, p.count);
    add(`${track}:${p.decidedOn.slice(0, 7)}`, days, p.count);
  }
  const median = (key: string): TrackMedian => {
    const values = buckets.get(key) ?? [];
    return { median: weightedMedian(values), decided: values.reduce((n, v) => n + v.count, 0) };
  };
  return {
    overall: { green: median('green'), ordinary: median('ordinary') },
    byMonth: months.map((month) => ({
      month,
      green: median(`green:${month}`),
      ordinary: median(`ordinary:${month}`),
    })),
  };
}
