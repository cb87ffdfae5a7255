import { createDb } from './createDb.js';
import { migrateToLatest } from './migrate.js';
import { testDatabaseUrl } from './testing.js';

// Test workers share one PostgreSQL database: migrate it once, before any worker starts, since
// several migrators racing on an empty database trip over each other's bookkeeping tables.
export async function setup(): Promise<void> {
  const url = testDatabaseUrl();
  if (!url) return;
  const handle = await createDb({ databaseUrl: url, poolSize: 1 });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
}
