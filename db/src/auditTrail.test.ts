import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE } from './appRole.js';
import { verifyAuditChain } from './auditVerify.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';
import { createScratchDb, type ScratchDb, testDatabaseUrl } from './testing.js';

// The audit trail is append-only for the app role (grants) and for the owner (a trigger), on both
// engines; the migration chains the rows that were there before it.
const engines: Array<[string, string | undefined]> = [['pglite', undefined]];
const url = testDatabaseUrl();
if (url) engines.push(['postgres', url]);

function asApp<T>(db: Kysely<Database>, fn: (app: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`set role ${sql.id(APP_ROLE)}`.execute(conn);
    try {
      return await fn(conn);
    } finally {
      await sql`reset role`.execute(conn);
    }
  });
}

const refusals = {
  update: sql`update audit_log set action = 'forged'`,
  delete: sql`delete from audit_log`,
  truncate: sql`truncate audit_log`,
};

describe.each(engines)('audit trail on %s', (_name, databaseUrl) => {
  let h: ScratchDb;
  beforeAll(async () => {
    // owner rights: the test plays the migrator, the operator and the app in turn
    h = await createScratchDb({ databaseUrl: databaseUrl ?? null, migrate: false });
    const names = Object.keys(migrations);
    const before = names.slice(0, names.indexOf('2026_12_04_1410_audit_chain'));
    await new Migrator({
      db: h.db,
      provider: { getMigrations: async () => Object.fromEntries(before.map((n) => [n, migrations[n]!])) },
    }).migrateToLatest();
    // rows written before the chain: microsecond times, keys in no particular order, nesting
    for (const [i, details] of [{ b: 1, a: [2, { d: 'é', c: null }] }, {}, { n: 12.5 }].entries()) {
      await sql`insert into audit_log (at, action, entity, entity_id, details)
        values (now() - ${`${3 - i} seconds`}::interval + interval '0.000123 seconds', 'test.old', 'thing',
          ${String(i)}, ${JSON.stringify(details)}::jsonb)`.execute(h.db);
    }
    await migrateToLatest(h.db);
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it('chains the rows that were there before the migration', async () => {
    const report = await verifyAuditChain(h.db);
    expect(report).toMatchObject({ ok: true, rows: 3, firstSeq: 1, lastSeq: 3 });
  });

  it.each(Object.entries(refusals))('refuses %s to the app role by its grants', async (_op, statement) => {
    await expect(asApp(h.db, (app) => statement.execute(app))).rejects.toMatchObject({ code: '42501' });
  });

  it.each(Object.entries(refusals))('refuses %s to the owner by its trigger', async (_op, statement) => {
    await expect(statement.execute(h.db)).rejects.toThrow(/audit_log is append-only/);
    await expect(sql`update audit_checkpoint set note = 'x'`.execute(h.db)).resolves.toBeDefined(); // no rows
    await expect(sql`truncate audit_checkpoint`.execute(h.db)).rejects.toThrow(/append-only/);
  });

  it('lets the app role read and append to the trail and only read the checkpoints', async () => {
    await asApp(h.db, async (app) => {
      expect((await app.selectFrom('audit_log').select('seq').execute()).length).toBeGreaterThanOrEqual(3);
      await expect(
        sql`insert into audit_checkpoint (seq, hash, archived_rows, note) values (1, 'x', 1, 'forged')`.execute(
          app,
        ),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(sql`select * from kysely_migration`.execute(app)).rejects.toMatchObject({ code: '42501' });
    });
  });

  it('grants every application table to the app role, those added later included', async () => {
    await sql`create table audit_test_later (id int)`.execute(h.db);
    const { rows } = await sql<{ table: string; privileges: string }>`
      select c.relname as table,
        concat_ws(',',
          case when has_table_privilege(${APP_ROLE}, c.oid, 'select') then 'select' end,
          case when has_table_privilege(${APP_ROLE}, c.oid, 'insert') then 'insert' end,
          case when has_table_privilege(${APP_ROLE}, c.oid, 'update') then 'update' end,
          case when has_table_privilege(${APP_ROLE}, c.oid, 'delete') then 'delete' end,
          case when has_table_privilege(${APP_ROLE}, c.oid, 'truncate') then 'truncate' end) as privileges
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`.execute(h.db);
    const expected = (table: string) =>
      table.startsWith('kysely_migration')
        ? ''
        : table === 'audit_log'
          ? 'select,insert'
          : table === 'audit_checkpoint'
            ? 'select'
            : 'select,insert,update,delete';
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows)
      expect({ [row.table]: row.privileges }).toEqual({ [row.table]: expected(row.table) });
  });
});
