import { type Actor, type BureauRole, hasBureauRole, type Operation } from '@talent/domain';
import type { ServiceContext } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { requireMayCall } from '../../platform/permissions.js';

export type NoticeContext = Pick<ServiceContext, 'requestId' | 'pii'>;

// The approver draws up, publishes and closes notices and decides objections; a reviewer (or the
// approver) records an objection as it comes in; finance, admins and auditors read — as the permission
// table says for the notice list and the objection record.
export const readers = 'GET /api/bureau/public-notices' satisfies Operation;
export const recorders = 'POST /api/bureau/public-notices/{id}/objections' satisfies Operation;

/** Those the table lets call `operation`; or, for a step of the approver's alone, those roles. */
export function requireRole(actor: Actor, who: Operation | readonly BureauRole[]): void {
  if (typeof who === 'string') requireMayCall(actor, who);
  else if (!who.some((role) => hasBureauRole(actor, role))) throw forbidden();
}
