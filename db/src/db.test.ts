import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateToLatest, migrateToZero } from './migrate.js';
import { migrations } from './migrations/index.js';
import { createScratchDb, type ScratchDb, testDatabaseUrl } from './testing.js';

// Run on PGlite always, and on PostgreSQL when the test run has one.
const engines: Array<[string, string | undefined]> = [['pglite', undefined]];
const url = testDatabaseUrl();
if (url) engines.push(['postgres', url]);

describe.each(engines)('migrations on %s', (_name, databaseUrl) => {
  let h: ScratchDb;
  afterAll(async () => {
    await h?.dispose();
  });

  it('apply, revert and re-apply cleanly', async () => {
    // a database of its own keeps this test off the tables the other test files share
    h = await createScratchDb({ databaseUrl: databaseUrl ?? null, migrate: false });
    const names = Object.keys(migrations);
    expect(await migrateToLatest(h.db)).toEqual(names);
    expect(await migrateToLatest(h.db)).toEqual([]);
    expect(await migrateToZero(h.db)).toEqual([...names].reverse());
    expect(await migrateToLatest(h.db)).toEqual(names);
  });

  it('reads money as integer numbers and dates as plain strings', async () => {
    const { rows } = await sql<{
      fen: number;
      day: string;
    }>`select 12345678901::bigint as fen, date '2026-02-28' as day`.execute(h.db);
    expect(rows[0]).toEqual({ fen: 12345678901, day: '2026-02-28' });
  });

  it('refuses an int8 beyond the safe integer range instead of rounding it', async () => {
    await expect(sql`select 9007199254740993::bigint as big`.execute(h.db)).rejects.toThrow(/safe integer/);
  });
});
