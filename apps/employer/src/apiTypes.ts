import type { ApiClient } from '@talent/api/client';
import type { InferResponseType } from 'hono/client';

type Employer = ApiClient['api']['employer'];

/**
 * Response types taken from the API's own route definitions (type-only: requests go through
 * @talent/ui's apiFetch), so a contract change fails the typecheck here instead of in a browser.
 */
export type Organisation = InferResponseType<Employer['organisation']['$get'], 200>['organisation'];
export type StaffPage = InferResponseType<Employer['staff']['$get'], 200>;
export type StaffItem = StaffPage['items'][number];
export type StaffItemBody = InferResponseType<Employer['staff']['$post'], 201>;
export type CollectivePage = InferResponseType<Employer['collective-requests']['$get'], 200>;
export type CollectiveRequest = CollectivePage['items'][number];
export type ReportPage = InferResponseType<Employer['employment-reports']['$get'], 200>;
export type EmploymentReport = ReportPage['items'][number];
export type TalentPage = InferResponseType<Employer['talent']['$get'], 200>;
export type TalentItem = TalentPage['items'][number];
