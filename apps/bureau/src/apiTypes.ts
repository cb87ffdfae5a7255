import type { ApiClient } from '@talent/api/client';
import type { Me } from '@talent/ui';
import type { InferResponseType } from 'hono/client';

type Staff = ApiClient['api']['bureau']['staff'];

/**
 * Response types taken from the API's own route definitions (type-only: requests still go through
 * @talent/ui's apiFetch), so a contract change fails the typecheck here instead of in a browser.
 */
export type StaffPage = InferResponseType<Staff['$get'], 200>;
export type StaffItem = StaffPage['items'][number];
export type StaffItemBody = InferResponseType<Staff['$post'], 201>;

// @talent/ui keeps its own `Me` (it does not depend on the API); this line fails the typecheck if they drift apart.
type ApiMe = InferResponseType<ApiClient['api']['me']['$get'], 200>['user'];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const meMatchesApi: Same<ApiMe, Me> = true;

type Bureau = ApiClient['api']['bureau'];
export type QueuePage = InferResponseType<Bureau['settlements']['$get'], 200>;
export type QueueItem = QueuePage['items'][number];
export type QueueCounts = InferResponseType<Bureau['settlements']['counts']['$get'], 200>;
export type EmployerQueuePage = InferResponseType<Bureau['employers']['$get'], 200>;
export type EmployerQueueItem = EmployerQueuePage['items'][number];
export type { ApplicationView, HistoryEntry, PoliceStationItem } from '@talent/api/client';

// 补贴审核: the queue's route is described loosely in OpenAPI; its items are the service's QueueItem.
import type { ClaimQueueItem } from '@talent/api/client';

export type { ClaimQueueItem, ClaimView } from '@talent/api/client';
export type ClaimQueueBody = {
  items: ClaimQueueItem[];
  total: number;
  page: number;
  pageSize: number;
};
