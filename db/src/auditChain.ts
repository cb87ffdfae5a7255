import { createHash } from 'node:crypto';

// The audit trail's hash chain, defined once: the writer (apps/api platform/audit.ts), the
// migration that chained the rows already there, and the verifier all hash through here.
// Changing anything in this file breaks every chain already written — don't.

/** What a row's hash covers: every column but its id and the chain's own columns. */
export type AuditChainContent = {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_kind: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  request_id: string | null;
  /** As jsonb hands it back: a parsed JSON value. */
  details: unknown;
};

/** The first row's prev_hash. */
export const GENESIS_HASH = '0'.repeat(64);

/** pg_advisory_xact_lock key under which appends to the chain are serialised (an arbitrary constant). */
export const AUDIT_CHAIN_LOCK = 6_175_646_974;

/** JSON with object keys sorted at every depth: the same value gives the same text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The canonical text of a row. `at` is kept to the millisecond (the writer stores a JS Date), so it
 * reads back exactly on both engines.
 */
export function auditCanonical(row: AuditChainContent): string {
  return stableJson({
    seq: row.seq,
    at: row.at.toISOString(),
    actor_id: row.actor_id,
    actor_kind: row.actor_kind,
    action: row.action,
    entity: row.entity,
    entity_id: row.entity_id,
    request_id: row.request_id,
    details: row.details,
  });
}

/** sha256(prev_hash ‖ '\n' ‖ canonical content), hex. */
export function auditHash(prevHash: string, row: AuditChainContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(auditCanonical(row)).digest('hex');
}
