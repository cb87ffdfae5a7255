import type { ApiClient } from '@talent/api/client';
import type { Audience } from '@talent/ui';
import type { InferResponseType } from 'hono/client';

type Clawbacks = ApiClient['api']['bureau']['clawbacks'];
export type ClawbackItem = InferResponseType<Clawbacks['$get'], 200>['items'][number];

/** Everyone who takes part in a clawback, and the auditor who reads along. */
export const clawbacksAudience: Audience = { calls: 'GET /api/bureau/clawbacks' };
