import { sql } from 'kysely';
import type { Db } from '../../platform/db.js';

// Every SQL statement of the health capability.

export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
