import { type Kysely, type MigrationResultSet, Migrator, sql } from 'kysely';
import { migrations } from './migrations/index.js';

// Strict order: a migration named before one a database already ran is refused, not applied out
// of sequence (a new migration always takes a name after the last landed one).
function migrator(db: Kysely<unknown>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) throw result.error;
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * True when every known migration is applied: one query, where the migrator would first create its
 * tables and take its lock (a third of a second of every start-up).
 */
async function upToDate(db: Kysely<unknown>): Promise<boolean> {
  const exists = await sql<{ t: string | null }>`select to_regclass('kysely_migration')::text as t`.execute(
    db,
  );
  if (!exists.rows[0]?.t) return false;
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  const applied = rows.map((r) => r.name);
  const known = Object.keys(migrations).sort();
  return applied.length === known.length && known.every((name, i) => applied[i] === name);
}

/** Applies every pending migration; returns the names it applied. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  if (await upToDate(db as Kysely<unknown>)) return [];
  return unwrap(await migrator(db as Kysely<unknown>).migrateToLatest());
}

/** Reverts every migration (used by the migration tests). */
export async function migrateToZero<T>(db: Kysely<T>): Promise<string[]> {
  const { NO_MIGRATIONS } = await import('kysely');
  return unwrap(await migrator(db as Kysely<unknown>).migrateTo(NO_MIGRATIONS));
}
