import { addWorkingDays, type WorkingDayCalendar } from '../calendar/workingDays';
import { addMonths, type IsoDate } from '../dates/isoDate';
import type { PolicyVersion } from './schema';

export type Channel = 'ordinary' | 'green';

/** The date by which the bureau must decide: 5 working days ordinarily, 1 in the green channel (二(一)5). */
export function serviceDeadline(
  calendar: WorkingDayCalendar,
  policy: PolicyVersion,
  submittedOn: IsoDate,
  channel: Channel,
): IsoDate {
  const days =
    channel === 'green'
      ? policy.serviceLevelWorkingDays.greenChannel.value
      : policy.serviceLevelWorkingDays.ordinary.value;
  return addWorkingDays(calendar, submittedOn, days);
}

/**
 * The last day objections to a published recipient list are heard; payment may follow the next day.
 * The day of publication does not count, as with any period in working days.
 */
export function publicNoticeEndsOn(
  calendar: WorkingDayCalendar,
  policy: PolicyVersion,
  publishedOn: IsoDate,
): IsoDate {
  return addWorkingDays(calendar, publishedOn, policy.publicNoticeWorkingDays.value);
}

export type EmploymentReportSchedule = { closesOn: IsoDate; remindOn: IsoDate[] };

/**
 * A graduate who settled first reports employment within the window after settlement (二(一)4); the
 * reminders fall the configured number of months before it closes. Missing it never undoes the
 * settlement: it only leaves the employment-linked incentives locked.
 */
export function employmentReportSchedule(
  policy: PolicyVersion,
  settledOn: IsoDate,
): EmploymentReportSchedule {
  const closesOn = addMonths(settledOn, policy.employmentReport.windowMonths.value);
  const remindOn = policy.employmentReport.reminderMonthsBefore.value
    .map((months) => addMonths(closesOn, -months))
    .filter((date) => date > settledOn)
    .sort();
  return { closesOn, remindOn };
}
