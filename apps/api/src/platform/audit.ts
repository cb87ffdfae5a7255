import type { Actor } from '@talent/domain';
import type { ServiceContext } from './context.js';
import type { Db } from './db.js';

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

/** Writes one audit row; call it with the transaction of the change it records. */
export async function writeAudit(
  db: Db,
  ctx: Pick<ServiceContext, 'requestId'>,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: entry.actor?.userId ?? null,
      actor_kind: entry.actor?.kind ?? null,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      request_id: ctx.requestId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
