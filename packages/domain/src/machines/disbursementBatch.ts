import { notSamePerson, requires } from './guards';
import type { Machine } from './machine';

export const disbursementBatchStates = [
  'draft',
  'prepared',
  'approved',
  'exported',
  'reconciled',
  'cancelled',
] as const;
export type DisbursementBatchState = (typeof disbursementBatchStates)[number];

export type DisbursementBatchRecord = {
  state: DisbursementBatchState;
  preparedBy?: string;
  lineCount: number;
  /** Lines still awaiting the bank's paid / failed answer. */
  pendingLineCount: number;
};

type E = 'prepare' | 'send_back' | 'approve' | 'export' | 'reconcile' | 'cancel';
export type DisbursementBatchEvent = E;

/**
 * A disbursement batch and its roster (发放花名册): the bureau prepares it, finance approves and
 * releases it — never the person who prepared it (four eyes) — and reconciles it once the bank has
 * answered for every line.
 */
export const disbursementBatchMachine: Machine<DisbursementBatchState, E, DisbursementBatchRecord> = {
  name: 'disbursement_batch',
  states: disbursementBatchStates,
  initial: 'draft',
  holders: {
    draft: 'reviewer',
    prepared: 'finance',
    approved: 'finance',
    exported: 'finance',
    reconciled: null,
    cancelled: null,
  },
  events: {
    prepare: {
      from: ['draft'],
      to: 'prepared',
      who: { bureau: ['reviewer', 'approver'] },
      guards: [requires((r) => r.lineCount > 0, 'guard.batch_empty')],
    },
    send_back: { from: ['prepared'], to: 'draft', who: { bureau: ['finance', 'reviewer', 'approver'] } },
    approve: {
      from: ['prepared'],
      to: 'approved',
      who: { bureau: ['finance'] },
      guards: [notSamePerson((r) => r.preparedBy)],
    },
    export: { from: ['approved'], to: 'exported', who: { bureau: ['finance'] } },
    reconcile: {
      from: ['exported'],
      to: 'reconciled',
      who: { bureau: ['finance'] },
      guards: [requires((r) => r.pendingLineCount === 0, 'guard.bank_results_pending')],
    },
    cancel: { from: ['draft', 'prepared'], to: 'cancelled', who: { bureau: ['reviewer', 'approver'] } },
  },
};
