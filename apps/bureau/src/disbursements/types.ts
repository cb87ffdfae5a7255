import type { ApiClient } from '@talent/api/client';
import type { DisbursementBatchState } from '@talent/domain';
import type { Tone } from '@talent/ui';
import type { InferResponseType } from 'hono/client';

type Batches = ApiClient['api']['disbursements'];
export type BatchPage = InferResponseType<Batches['$get'], 200>;
export type Batch = BatchPage['items'][number];
export type BatchPreview = InferResponseType<Batches['preview']['$get'], 200>;
/** What waits for the payee's social insurance, by reason and clause (二(四)5). */
export type HoldGroup = BatchPreview['held'][number];
export type HeldPage = InferResponseType<ApiClient['api']['payment-holds']['$get'], 200>;
export type HeldLine = HeldPage['items'][number];
export type LinePage = InferResponseType<Batches[':id']['lines']['$get'], 200>;
export type Line = LinePage['items'][number];
export type ImportList = InferResponseType<Batches[':id']['imports']['$get'], 200>;
export type ImportReport = InferResponseType<Batches[':id']['results']['$post'], 200>;
export type FailedPage = InferResponseType<Batches['failed-lines']['$get'], 200>;
export type FailedLine = FailedPage['items'][number];
export type AccountChangePage = InferResponseType<ApiClient['api']['payee-account-changes']['$get'], 200>;
export type AccountChange = AccountChangePage['items'][number];

export const batchStateTone: Record<DisbursementBatchState, Tone> = {
  prepared: 'warning',
  approved: 'info',
  exported: 'info',
  reconciled: 'success',
  cancelled: 'neutral',
};

export const lineResultTone: Record<Line['result'], Tone> = {
  pending: 'neutral',
  paid: 'success',
  failed: 'error',
  released: 'neutral',
  withdrawn: 'warning',
};
