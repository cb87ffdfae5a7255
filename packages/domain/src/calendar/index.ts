export { chinaHolidays2024to2026 } from './chinaHolidays';
export {
  addWorkingDays,
  type CalendarData,
  calendarDataSchema,
  isWorkingDay,
  makeCalendar,
  type WorkingDayCalendar,
  workingDaysBetween,
} from './workingDays';
