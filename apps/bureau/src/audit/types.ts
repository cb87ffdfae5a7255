import type { ApiClient } from '@talent/api/client';
import type { Audience } from '@talent/ui';
import type { InferResponseType } from 'hono/client';

type Audit = ApiClient['api']['audit'];
export type AuditPage = InferResponseType<Audit['$get'], 200>;
export type AuditItem = AuditPage['items'][number];
export type AuditVerification = InferResponseType<Audit['verification']['$get'], 200>;

/** Auditors read the trail; admins too (apps/api capabilities/audit). */
export const auditAudience: Audience = { kinds: ['bureau'], roles: ['auditor', 'admin'] };
