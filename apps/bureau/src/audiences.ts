import type { Audience } from '@talent/ui';

// Who sees each part of the console: the operation a part needs, looked up in the domain's one
// permission table (decision 0014). Kept apart from the pages so the navigation and the router name
// them without loading the pages (each page is its own chunk).

/** Auditors read the trail; admins too. */
export const auditAudience: Audience = { calls: 'GET /api/audit' };
/** Those who keep the registry: add, correct, revoke and import cards. */
export const cardManagers: Audience = { calls: 'POST /api/talent-cards' };
/** Those who may read the registry (approvers, registrars and auditors only read it). */
export const cardsAudience: Audience = { calls: 'GET /api/talent-cards' };
/** Who reads the claim queue; auditors and finance read it too. */
export const claimQueueAudience: Audience = { calls: 'GET /api/subsidy-claims' };
/** Everyone who takes part in a clawback, and the auditor who reads along. */
export const clawbacksAudience: Audience = { calls: 'GET /api/bureau/clawbacks' };
export const contributionsAudience: Audience = { calls: 'GET /api/bureau/contribution-imports' };
/** Finance works the batches; the auditor reads them. */
export const disbursementsAudience: Audience = { calls: 'GET /api/disbursements' };
/** Those who may read the verification queue (reviewers and admins verify, auditors read). */
export const employersAudience: Audience = { calls: 'GET /api/bureau/employers' };
/** A reviewer (the claim's side) or finance corrects and reissues a failed payment; the auditor reads. */
export const failedPaymentsAudience: Audience = { calls: 'GET /api/disbursements/failed-lines' };
/** An approver draws up a notice from the approved claims. */
export const noticeDrafters: Audience = { calls: 'POST /api/bureau/public-notices' };
/** Everyone who works with awards reads notices; approvers act on them, reviewers record objections. */
export const noticesAudience: Audience = { calls: 'GET /api/bureau/public-notices' };
export const policyAdmins: Audience = { calls: 'POST /api/policy/versions' };
/** Every bureau role reads the parameters; an admin creates a version. */
export const policyAudience: Audience = { calls: 'GET /api/policy/versions' };
/** Those who may read the settlement queue: who works it, and auditors. */
export const queueAudience: Audience = { calls: 'GET /api/bureau/settlements' };
/** Every bureau role reads the dashboard: it is the bureau's own account of its promise. */
export const serviceLevelAudience: Audience = { calls: 'GET /api/service-level' };
/** Admins manage staff accounts; auditors read everything and change nothing. */
export const staffAudience: Audience = { calls: 'GET /api/bureau/staff' };
export const statisticsAudience: Audience = { calls: 'GET /api/subsidy-statistics' };
