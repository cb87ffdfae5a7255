import { sql } from 'kysely';
import { createDb, type DbHandle, type DbOptions } from './createDb.js';
import { migrateToLatest } from './migrate.js';

/** The role the application runs as (migration 2026_12_04_1400_app_role; docs/decisions/0010). */
export const APP_ROLE = 'talent_app';

export type AppDbOptions = DbOptions & {
  /** Migrate first, as the owner the connection string names. */
  migrate?: boolean;
  /** A connection string that logs in as talent_app (or a member of it): no SET ROLE needed. */
  appDatabaseUrl?: string | undefined;
};

/**
 * The database as the application uses it: migrated as the owner, then used as talent_app. Over a
 * connection string that names the owner, each connection runs `SET ROLE talent_app` — a superuser
 * session could `RESET ROLE`, which is why production names a login role in APP_DATABASE_URL.
 */
export async function openAppDb(options: AppDbOptions): Promise<DbHandle> {
  const { migrate, appDatabaseUrl, ...dbOptions } = options;
  if (!dbOptions.databaseUrl) {
    // PGlite is one session: migrate in it, then drop to the app role for good
    const handle = await createDb(dbOptions);
    if (migrate) await migrateToLatest(handle.db);
    await sql`set role ${sql.id(APP_ROLE)}`.execute(handle.db);
    return handle;
  }
  if (migrate) {
    const owner = await createDb({ databaseUrl: dbOptions.databaseUrl, poolSize: 1 });
    try {
      await migrateToLatest(owner.db);
    } finally {
      await owner.close();
    }
  }
  if (appDatabaseUrl) return createDb({ ...dbOptions, databaseUrl: appDatabaseUrl });
  return createDb({ ...dbOptions, role: APP_ROLE });
}
