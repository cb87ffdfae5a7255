import type { api } from '@talent/ui';
import type { InferResponseType } from 'hono/client';

// What the console's pages show, typed from the API's own route definitions through the client, so a
// renamed field fails the typecheck here instead of in a browser.

export type StaffItem = InferResponseType<typeof api.bureau.staff.$get, 200>['items'][number];

type Bureau = typeof api.bureau;
export type QueueItem = InferResponseType<Bureau['settlements']['$get'], 200>['items'][number];
export type QueueCounts = InferResponseType<Bureau['settlements']['counts']['$get'], 200>;
export type EmployerQueueItem = InferResponseType<Bureau['employers']['$get'], 200>['items'][number];
export type ApplicationView = InferResponseType<(typeof api.settlements)[':id']['$get'], 200>['item'];
export type PoliceStationItem = InferResponseType<
  (typeof api.reference)['police-stations']['$get'],
  200
>['items'][number];

type Claims = (typeof api)['subsidy-claims'];
export type ClaimView = InferResponseType<Claims[':id']['$get'], 200>['item'];
export type ClaimQueueItem = InferResponseType<Claims['$get'], 200>['items'][number];
