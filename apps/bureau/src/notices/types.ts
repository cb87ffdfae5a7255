import type { api } from '@talent/ui';
import type { InferResponseType } from 'hono/client';

// What the notice pages show, typed from the API's routes through the client.
type Notices = (typeof api.bureau)['public-notices'];
export type NoticeSummary = InferResponseType<Notices['$get'], 200>['items'][number];
export type NoticeCandidate = InferResponseType<Notices['candidates']['$get'], 200>['items'][number];
export type NoticeDetail = InferResponseType<Notices[':id']['$get'], 200>['notice'];
export type NoticeEntry = NoticeDetail['entries'][number];
export type NoticeObjection = NoticeDetail['objections'][number];
