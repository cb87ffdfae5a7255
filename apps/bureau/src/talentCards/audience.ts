import type { Audience } from '@talent/ui';

/** Those who may read the registry (approvers, registrars and auditors only read it). */
export const cardsAudience: Audience = { calls: 'GET /api/talent-cards' };
/** Those who keep the registry: add, correct, revoke and import cards. */
export const cardManagers: Audience = { calls: 'POST /api/talent-cards' };
