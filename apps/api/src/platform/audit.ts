import { AUDIT_CHAIN_LOCK, type AuditChainContent, auditHash, GENESIS_HASH } from '@talent/db';
import type { Actor } from '@talent/domain';
import { sql } from 'kysely';
import type { ServiceContext } from './context.js';
import { type Db, inTransaction } from './db.js';

export type AuditEntry = {
  /** Who acted; null for the system or an anonymous caller. */
  actor: Pick<Actor, 'userId' | 'kind'> | null;
  /** Dotted verb, e.g. 'auth.sign_in', 'staff.update', 'resident_id.reveal'. */
  action: string;
  entity: string;
  entityId: string | null;
  /** Never a password, token or full identifier: masked values only. */
  details?: Record<string, unknown>;
};

/**
 * Writes one audit row, chained to the last one (docs/decisions/0010-audit-trail.md); call it with
 * the transaction of the change it records. Appends are serialised by a transaction-scoped advisory
 * lock, held to commit: the next writer reads this row as its predecessor only once it is committed.
 */
export async function writeAudit(
  db: Db,
  ctx: Pick<ServiceContext, 'requestId'>,
  entry: AuditEntry,
): Promise<void> {
  const details = JSON.stringify(entry.details ?? {});
  await inTransaction(db, async (trx) => {
    // its own statement: a snapshot taken before the lock was granted would miss the holder's row
    await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::bigint)`.execute(trx);
    const last = await lastLink(trx);
    const content: AuditChainContent = {
      seq: last.seq + 1,
      at: new Date(),
      actor_id: entry.actor?.userId ?? null,
      actor_kind: entry.actor?.kind ?? null,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      request_id: ctx.requestId,
      details: JSON.parse(details),
    };
    await trx
      .insertInto('audit_log')
      .values({ ...content, details, prev_hash: last.hash, hash: auditHash(last.hash, content) })
      .execute();
  });
}

/** The chain's last row, else the checkpoint an archive left, else the genesis. */
async function lastLink(db: Db): Promise<{ seq: number; hash: string }> {
  const row = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (row) return row;
  const checkpoint = await db
    .selectFrom('audit_checkpoint')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return checkpoint ?? { seq: 0, hash: GENESIS_HASH };
}
