import { type Actor, hasBureauRole } from '@talent/domain';
import type { ServiceContext } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

// Who keeps and who reads the 陇原人才服务卡 registry (policy.md "The talent service card").

export type Ctx = Pick<ServiceContext, 'requestId' | 'pii'>;

/** Reviewers and admins keep the registry. */
export function assertManages(actor: Actor): void {
  if (!hasBureauRole(actor, 'reviewer') && !hasBureauRole(actor, 'admin')) throw forbidden();
}

/** Approvers, registrars and auditors read it as well. */
export function assertReads(actor: Actor): void {
  const roles = ['reviewer', 'admin', 'approver', 'registrar', 'auditor'] as const;
  if (!roles.some((role) => hasBureauRole(actor, role))) throw forbidden();
}
