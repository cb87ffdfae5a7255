import { chinaHolidays2024to2026, makeCalendar, type WorkingDayCalendar } from '@talent/domain';
import type { Db } from '../../platform/db.js';
import * as repo from './repository.js';

/**
 * The working-day calendar: the State Council's announced holidays as a starting point, overridden
 * day by day by the bureau's own calendar_day rows (a holiday, or a declared working day, 调休).
 */
export async function loadCalendar(db: Db): Promise<WorkingDayCalendar> {
  const holidays = new Set(chinaHolidays2024to2026.holidays);
  const workdays = new Set(chinaHolidays2024to2026.adjustedWorkingDays);
  for (const row of await repo.listCalendarDays(db)) {
    const day = String(row.day);
    if (row.kind === 'holiday') {
      holidays.add(day);
      workdays.delete(day);
    } else {
      workdays.add(day);
      holidays.delete(day);
    }
  }
  return makeCalendar({ holidays: [...holidays], adjustedWorkingDays: [...workdays] });
}
