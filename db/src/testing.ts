import { type Kysely, sql } from 'kysely';
import { APP_ROLE, openAppDb } from './appRole.js';
import { createDb, type DbHandle } from './createDb.js';
import type { Database } from './schema.js';

// One migrated database per test worker. Tests create their own data with unique names, so they
// share it without teardown. TEST_DATABASE_URL selects PostgreSQL; otherwise an in-memory PGlite.
// Tests run as the application does: migrated by the owner, used as talent_app.
let handle: Promise<DbHandle> | undefined;

export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

export function getTestDb(): Promise<DbHandle> {
  handle ??= (async () => {
    return openAppDb({ databaseUrl: testDatabaseUrl(), dataDir: 'memory://', poolSize: 5, migrate: true });
  })();
  return handle;
}

/** A short unique suffix for test data names. */
export function unique(prefix = 't'): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** `databaseUrl`: the scratch database's own, for tools run against it (PostgreSQL only). */
export type ScratchDb = DbHandle & { databaseUrl?: string; dispose(): Promise<void> };

/**
 * A database of the test's own, for the few tests whose data cannot share one (the demo seed, the
 * migrations themselves): an in-memory PGlite, or a scratch database beside TEST_DATABASE_URL that
 * `dispose()` drops. Migrated, it is used as talent_app; unmigrated, as the owner.
 */
export async function createScratchDb(
  options: {
    migrate?: boolean /** null: PGlite whatever the environment says */;
    databaseUrl?: string | null;
  } = {},
): Promise<ScratchDb> {
  const url = options.databaseUrl === undefined ? testDatabaseUrl() : (options.databaseUrl ?? undefined);
  const openAppOrOwner = (o: { databaseUrl?: string; dataDir?: string; poolSize?: number }) =>
    options.migrate === false ? createDb(o) : openAppDb({ ...o, migrate: true });
  let handle: DbHandle;
  let drop = async () => {};
  let databaseUrl: string | undefined;
  if (url) {
    const admin = await createDb({ databaseUrl: url, poolSize: 1 });
    const name = unique('scratch_').toLowerCase();
    await sql.raw(`create database ${name}`).execute(admin.db);
    const scratchUrl = new URL(url);
    scratchUrl.pathname = `/${name}`;
    databaseUrl = scratchUrl.toString();
    handle = await openAppOrOwner({ databaseUrl, poolSize: 2 });
    drop = async () => {
      // the closed pool's connections leave the server a moment later; forcing them out would fail them
      for (let attempt = 0; ; attempt++) {
        try {
          await sql.raw(`drop database if exists ${name}`).execute(admin.db);
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await admin.close();
    };
  } else {
    handle = await openAppOrOwner({ dataDir: 'memory://' });
  }
  return {
    ...handle,
    ...(databaseUrl ? { databaseUrl } : {}),
    async dispose() {
      await handle.close();
      await drop();
    },
  };
}

/**
 * Runs `fn` as the owner on one connection of an app-role handle (a test that plays an operator or
 * an attacker with owner rights), then returns that connection to talent_app.
 */
export function asOwner<T>(db: Kysely<Database>, fn: (owner: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`reset role`.execute(conn);
    try {
      return await fn(conn);
    } finally {
      await sql`set role ${sql.id(APP_ROLE)}`.execute(conn);
    }
  });
}
