import type { Db } from '../../platform/db.js';

// Every SQL statement of the calendar capability (read side).

export function listCalendarDays(db: Db) {
  return db.selectFrom('calendar_day').select(['day', 'kind']).orderBy('day').execute();
}
