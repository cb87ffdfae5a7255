import type { ApiClient } from '@talent/api/client';
import type { InferResponseType } from 'hono/client';

type Clawbacks = ApiClient['api']['bureau']['clawbacks'];
export type ClawbackItem = InferResponseType<Clawbacks['$get'], 200>['items'][number];
