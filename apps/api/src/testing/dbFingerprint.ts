import { type DbHandle, verifyAuditChain } from '@talent/db';
import { sql } from 'kysely';

/**
 * What must survive a backup or a move: every table's row count, the audit log row by row (an md5 over
 * every row in id order), its hash chain, and every sequence's position (a sequence behind its table
 * would hand out numbers that exist).
 */
export async function fingerprint(db: DbHandle['db']) {
  const { rows: tables } = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' order by 1`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(db);
    counts[name] = rows[0]?.n ?? -1;
  }
  const { rows: audit } = await sql<{ digest: string; n: number }>`
    select md5(string_agg(concat_ws('|', id, seq, at, actor_id, action, entity, entity_id, details::text,
      prev_hash, hash), ',' order by id)) as digest, count(*)::int as n from audit_log`.execute(db);
  const chain = await verifyAuditChain(db);
  const { rows: sequences } = await sql<{ name: string; value: string }>`
    select sequencename as name, coalesce(last_value, 0)::text as value from pg_sequences
    where schemaname = 'public' order by 1`.execute(db);
  return { counts, audit: audit[0], sequences, chainOk: chain.ok };
}
