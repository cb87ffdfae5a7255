import type { ApiClient } from '@talent/api/client';
import type { Audience } from '@talent/ui';
import type { InferResponseType } from 'hono/client';

type Audit = ApiClient['api']['audit'];
export type AuditItem = InferResponseType<Audit['$get'], 200>['items'][number];

/** Auditors read the trail; admins too. */
export const auditAudience: Audience = { calls: 'GET /api/audit' };
