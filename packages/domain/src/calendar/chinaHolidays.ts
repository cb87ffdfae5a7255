import { addDays, type IsoDate } from '../dates/isoDate';
import type { CalendarData } from './workingDays';

/**
 * National public holidays and make-up working days (调休) for 2024–2026 as announced by the State
 * Council General Office each winter. A starting point for the bureau's calendar, which it keeps up
 * to date itself.
 */
export const chinaHolidays2024to2026: CalendarData = {
  holidays: [
    // 2024
    '2024-01-01',
    ...span('2024-02-10', 8),
    ...span('2024-04-04', 3),
    ...span('2024-05-01', 5),
    '2024-06-10',
    ...span('2024-09-15', 3),
    ...span('2024-10-01', 7),
    // 2025
    '2025-01-01',
    ...span('2025-01-28', 8),
    ...span('2025-04-04', 3),
    ...span('2025-05-01', 5),
    ...span('2025-05-31', 3),
    ...span('2025-10-01', 8),
    // 2026
    ...span('2026-01-01', 3),
    ...span('2026-02-15', 9),
    ...span('2026-04-04', 3),
    ...span('2026-05-01', 5),
    ...span('2026-06-19', 3),
    ...span('2026-09-25', 3),
    ...span('2026-10-01', 7),
  ],
  adjustedWorkingDays: [
    '2024-02-04',
    '2024-02-18',
    '2024-04-07',
    '2024-04-28',
    '2024-05-11',
    '2024-09-14',
    '2024-09-29',
    '2024-10-12',
    '2025-01-26',
    '2025-02-08',
    '2025-04-27',
    '2025-09-28',
    '2025-10-11',
    '2026-01-04',
    '2026-02-14',
    '2026-02-28',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ],
};

function span(first: IsoDate, days: number): IsoDate[] {
  return Array.from({ length: days }, (_, i) => addDays(first, i));
}
