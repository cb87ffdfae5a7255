import type { Kysely } from 'kysely';
import { auditHash, GENESIS_HASH } from './auditChain.js';
import type { Database } from './schema.js';

/** What is wrong with the first bad row. */
export type AuditChainFault = {
  seq: number;
  id: number;
  /**
   * changed: its content no longer gives its hash; removed: rows before it are missing (a gap in
   * seq); out_of_order: it does not follow the row before it (prev_hash or id order).
   */
  kind: 'changed' | 'removed' | 'out_of_order';
  message: string;
};

export type AuditChainReport =
  | { ok: true; rows: number; firstSeq: number | null; lastSeq: number; lastHash: string }
  | { ok: false; rows: number; fault: AuditChainFault };

/**
 * Walks the audit trail by seq from the genesis (or the last archive checkpoint), recomputing each
 * row's hash; stops at the first bad row. `rows` counts the rows found good.
 */
export async function verifyAuditChain(db: Kysely<Database>, batchSize = 2000): Promise<AuditChainReport> {
  const checkpoint = await db
    .selectFrom('audit_checkpoint')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let prev = { seq: checkpoint?.seq ?? 0, hash: checkpoint?.hash ?? GENESIS_HASH, id: 0 };
  let rows = 0;
  let firstSeq: number | null = null;
  for (;;) {
    const batch = await db
      .selectFrom('audit_log')
      .select([
        'id',
        'seq',
        'prev_hash',
        'hash',
        'at',
        'actor_id',
        'actor_kind',
        'action',
        'entity',
        'entity_id',
        'request_id',
        'details',
      ])
      .where('seq', '>', prev.seq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    for (const row of batch) {
      const fault = (kind: AuditChainFault['kind'], message: string) =>
        ({ ok: false, rows, fault: { seq: row.seq, id: row.id, kind, message } }) as const;
      if (row.seq !== prev.seq + 1) {
        return fault('removed', `seq ${prev.seq + 1}–${row.seq - 1} missing before seq ${row.seq}`);
      }
      if (row.prev_hash !== prev.hash) {
        return fault(
          'out_of_order',
          `prev_hash does not match the hash of seq ${prev.seq}: that row was changed and re-hashed, or this one was put in after it`,
        );
      }
      if (row.id <= prev.id) {
        return fault('out_of_order', `id ${row.id} is not after id ${prev.id} of seq ${prev.seq}`);
      }
      if (auditHash(row.prev_hash, row) !== row.hash) {
        return fault('changed', `content of seq ${row.seq} no longer matches its hash`);
      }
      firstSeq ??= row.seq;
      rows += 1;
      prev = { seq: row.seq, hash: row.hash, id: row.id };
    }
    if (batch.length < batchSize) return { ok: true, rows, firstSeq, lastSeq: prev.seq, lastHash: prev.hash };
  }
}
