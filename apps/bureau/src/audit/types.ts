import type { ApiClient } from '@talent/api/client';
import type { InferResponseType } from 'hono/client';

type Audit = ApiClient['api']['audit'];
export type AuditItem = InferResponseType<Audit['$get'], 200>['items'][number];
