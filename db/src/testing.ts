import { createDb, type DbHandle } from './createDb.js';
import { migrateToLatest } from './migrate.js';

// One migrated database per test worker. Tests create their own data with unique names, so they
// share it without teardown. TEST_DATABASE_URL selects PostgreSQL; otherwise an in-memory PGlite.
let handle: Promise<DbHandle> | undefined;

export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

export function getTestDb(): Promise<DbHandle> {
  handle ??= (async () => {
    const h = await createDb({ databaseUrl: testDatabaseUrl(), dataDir: 'memory://', poolSize: 5 });
    await migrateToLatest(h.db);
    return h;
  })();
  return handle;
}

/** A short unique suffix for test data names. */
export function unique(prefix = 't'): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
