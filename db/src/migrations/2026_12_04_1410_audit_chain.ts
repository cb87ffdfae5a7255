import { type Kysely, sql } from 'kysely';
import { type AuditChainContent, auditHash, GENESIS_HASH } from '../auditChain.js';

// Frozen once landed: a later change is a new migration.
// The audit trail cannot be rewritten (docs/decisions/0010-audit-trail.md): a trigger refuses UPDATE,
// DELETE and TRUNCATE even to the owner, and each row carries sha256(previous hash ‖ its content), so
// an owner who disables the trigger still leaves a break that `pnpm audit:verify` names. The rows
// already there are chained here in id order; `at` is cut to the millisecond, the precision at which
// both engines read it back.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log add column seq bigint, add column prev_hash text, add column hash text`.execute(
    db,
  );
  await sql`update audit_log set at = date_trunc('milliseconds', at)`.execute(db);
  await chainExistingRows(db);
  await sql`alter table audit_log alter column seq set not null, alter column prev_hash set not null,
    alter column hash set not null`.execute(db);
  await sql`create unique index audit_log_seq_key on audit_log (seq)`.execute(db);
  // no fork: two rows can never follow the same one
  await sql`create unique index audit_log_prev_hash_key on audit_log (prev_hash)`.execute(db);

  // Where the chain resumes after an operator archived its oldest rows (0010: archiving).
  await sql`create table audit_checkpoint (
    seq bigint primary key,
    hash text not null,
    archived_rows bigint not null,
    archived_at timestamptz not null default now(),
    note text not null
  )`.execute(db);
  await sql`revoke insert, update, delete on audit_checkpoint from talent_app`.execute(db);

  await sql`create function audit_append_only() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only: % refused', tg_table_name, tg_op
        using hint = 'archiving old rows: docs/decisions/0010-audit-trail.md';
    end $$`.execute(db);
  for (const table of ['audit_log', 'audit_checkpoint']) {
    await sql`create trigger ${sql.id(`${table}_no_change`)} before update or delete on ${sql.table(table)}
      for each row execute function audit_append_only()`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function audit_append_only()`.execute(db);
  }
}

async function chainExistingRows(db: Kysely<unknown>): Promise<void> {
  let prev = GENESIS_HASH;
  let seq = 0;
  let afterId = 0;
  for (;;) {
    const { rows } = await sql<Omit<AuditChainContent, 'seq'> & { id: number }>`
      select id, at, actor_id, actor_kind, action, entity, entity_id, request_id, details
      from audit_log where id > ${afterId} order by id limit 1000`.execute(db);
    if (rows.length === 0) return;
    const values = rows.map((row) => {
      seq += 1;
      const hash = auditHash(prev, { ...row, seq });
      const value = sql`(${row.id}::bigint, ${seq}::bigint, ${prev}, ${hash})`;
      prev = hash;
      return value;
    });
    await sql`update audit_log set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
      from (values ${sql.join(values)}) as v (id, seq, prev_hash, hash) where audit_log.id = v.id`.execute(
      db,
    );
    afterId = rows[rows.length - 1]?.id ?? afterId;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_checkpoint`.execute(db);
  await sql`drop trigger audit_log_no_truncate on audit_log`.execute(db);
  await sql`drop trigger audit_log_no_change on audit_log`.execute(db);
  await sql`drop function audit_append_only()`.execute(db);
  await sql`alter table audit_log drop column seq, drop column prev_hash, drop column hash`.execute(db);
}
