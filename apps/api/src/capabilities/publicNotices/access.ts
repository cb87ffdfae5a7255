import { type Actor, type BureauRole, hasBureauRole } from '@talent/domain';
import type { ServiceContext } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

export type NoticeContext = Pick<ServiceContext, 'requestId' | 'pii'>;

// The approver draws up, publishes and closes notices and decides objections; a reviewer (or the
// approver) records an objection as it comes in; finance, admins and auditors read.
export const readers: readonly BureauRole[] = ['reviewer', 'approver', 'finance', 'admin', 'auditor'];
export const recorders: readonly BureauRole[] = ['reviewer', 'approver'];

export function requireRole(actor: Actor, roles: readonly BureauRole[]): void {
  if (!roles.some((role) => hasBureauRole(actor, role))) throw forbidden();
}
