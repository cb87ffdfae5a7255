import type { Audience } from '@talent/ui';

/** Reviewers and admins keep the registry; approvers, registrars and auditors read it. */
export const cardsAudience: Audience = {
  kinds: ['bureau'],
  roles: ['reviewer', 'admin', 'approver', 'registrar', 'auditor'],
};
export const cardManagers: Audience = { kinds: ['bureau'], roles: ['reviewer', 'admin'] };
export const canManageCards = (roles: readonly string[]) =>
  roles.includes('reviewer') || roles.includes('admin');
