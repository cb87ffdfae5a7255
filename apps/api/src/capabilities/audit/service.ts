import { type AuditChainReport, verifyAuditChain } from '@talent/db';
import { type Actor, hasBureauRole } from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { forbidden } from '../../platform/errors.js';
import * as repo from './repository.js';
import type { AuditItem } from './view.js';

/** Auditors read the trail; admins too (they answer for the accounts it names). */
function mayReadAuditTrail(actor: Actor): boolean {
  return hasBureauRole(actor, 'auditor') || hasBureauRole(actor, 'admin');
}

export type AuditQuery = repo.AuditFilter & {
  page: number;
  pageSize: number;
  order?: 'asc' | 'desc' | undefined;
};

export async function listAudit(db: Db, actor: Actor, query: AuditQuery) {
  if (!mayReadAuditTrail(actor)) throw forbidden();
  const { rows, total } = await repo.listAudit(db, query, {
    order: query.order ?? 'desc',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const items: AuditItem[] = rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    at: r.at.toISOString(),
    actorId: r.actor_id,
    actorKind: r.actor_kind,
    actorName: r.actor_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    requestId: r.request_id,
    // The column holds the JSON object the writer was given.
    details: r.details as AuditItem['details'],
    hash: r.hash,
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The whole chain walked now: OK with its length, or the first bad row. */
export async function verification(db: Db, actor: Actor): Promise<AuditChainReport & { checkedAt: string }> {
  if (!mayReadAuditTrail(actor)) throw forbidden();
  return { ...(await verifyAuditChain(db)), checkedAt: new Date().toISOString() };
}
