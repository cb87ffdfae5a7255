import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

// The move from the embedded engine to PostgreSQL (docs/operations/deployment.md): every row of every
// table and every sequence's position, copied from one migrated database into another, empty one.
// Rows travel as JSON and are rebuilt by the target's own column types (json_populate_recordset), so
// bytea, jsonb, arrays, dates and timestamps arrive exactly as they left, whatever the driver parses.

const MIGRATOR_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);
const BATCH = 500;
/** Rows holding files (document_blob: up to 10 MB each) travel a few at a time. */
const FILE_BATCH = 4;

export type MoveReport = { tables: { name: string; rows: number }[]; sequences: number };

// Both ends are read without the app's typed tables: this works on any public table.
type AnyDb = Kysely<Database>;

async function tablesInLoadOrder(db: AnyDb): Promise<string[]> {
  const { rows: tables } = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' order by 1`.execute(db);
  const { rows: edges } = await sql<{ child: string; parent: string }>`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public'`.execute(db);
  const names = tables.map((t) => t.name).filter((n) => !MIGRATOR_TABLES.has(n));
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const { child, parent } of edges) if (child !== parent) parents.get(child)?.add(parent);
  // parents before children; a cycle of foreign keys would need deferred constraints: refuse it plainly
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < names.length) {
    const ready = names.filter(
      (n) => !placed.has(n) && [...(parents.get(n) ?? [])].every((p) => placed.has(p)),
    );
    if (ready.length === 0)
      throw new Error('the foreign keys form a cycle: this move cannot order the tables');
    for (const n of ready) {
      order.push(n);
      placed.add(n);
    }
  }
  return order;
}

async function migrationsOf(db: AnyDb): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}

async function rowCount(db: AnyDb, table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * Copies `source` into `target`. Both must be migrated to the same migrations, and every table of the
 * target must be empty (a move never merges). Run as the owner of both: it reads and writes every table.
 * The target's triggers stay on: the audit trail only refuses changes and deletions, and the four-eyes
 * triggers pass rows that passed them once.
 */
export async function moveDatabase(
  source: AnyDb,
  target: AnyDb,
  progress: (table: string, rows: number) => void = () => {},
): Promise<MoveReport> {
  const [from, to] = await Promise.all([migrationsOf(source), migrationsOf(target)]);
  if (from.join('\n') !== to.join('\n')) {
    throw new Error('source and target are not at the same migration: migrate both to the latest first');
  }
  const tables = await tablesInLoadOrder(source);
  for (const table of tables) {
    if ((await rowCount(target, table)) > 0)
      throw new Error(`the target's ${table} is not empty: move into a new database`);
  }
  const { rows: fileTables } = await sql<{ name: string }>`
    select distinct table_name as name from information_schema.columns
    where table_schema = 'public' and data_type = 'bytea'`.execute(source);
  const holdsFiles = new Set(fileTables.map((t) => t.name));
  const report: MoveReport = { tables: [], sequences: 0 };
  await target.transaction().execute(async (trx) => {
    for (const table of tables) {
      let copied = 0;
      const size = holdsFiles.has(table) ? FILE_BATCH : BATCH;
      for (;;) {
        // ordered by the first column (every table's key comes first), so parents of a self-reference
        // land before their children
        const { rows } = await sql<{ batch: string | null }>`
          select json_agg(t)::text as batch from (
            select * from ${sql.table(table)} order by 1 limit ${size} offset ${copied}) t`.execute(source);
        const batch = rows[0]?.batch;
        if (!batch) break;
        const { numAffectedRows } = await sql`
          insert into ${sql.table(table)}
          select * from json_populate_recordset(null::${sql.table(table)}, ${batch}::json)`.execute(trx);
        copied += Number(numAffectedRows ?? 0);
        progress(table, copied);
      }
      report.tables.push({ name: table, rows: copied });
    }
    const { rows: sequences } = await sql<{ name: string; value: string | null }>`
      select sequencename as name, last_value::text as value from pg_sequences
      where schemaname = 'public'`.execute(source);
    for (const { name, value } of sequences) {
      if (value === null) continue; // never used: the target's is as new
      await sql`select setval(${name}::regclass, ${value}::bigint, true)`.execute(trx);
      report.sequences += 1;
    }
  });
  for (const { name, rows } of report.tables) {
    const landed = await rowCount(target, name);
    if (landed !== rows) throw new Error(`${name}: ${rows} rows copied but ${landed} in the target`);
  }
  return report;
}
