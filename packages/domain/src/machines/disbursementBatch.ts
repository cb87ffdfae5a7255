import { notSamePerson, requires } from './guards';
import type { Machine } from './machine';

// A batch is born "prepared": finance prepares it in one step from every instalment due as of a date
// (policy.md "Paying money"), so there is no draft to edit line by line.
export const disbursementBatchStates = [
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

type E = 'approve' | 'send_back' | 'export' | 'reconcile' | 'cancel';
export type DisbursementBatchEvent = E;

/** Four eyes: "The person who prepares a batch may not be the person who approves it." */
const notThePreparer = notSamePerson<DisbursementBatchRecord>((r) => r.preparedBy);

/**
 * A disbursement batch and its roster (发放花名册): finance prepares it, ANOTHER finance user approves
 * it (or sends it back, which releases its lines to be prepared again), the roster goes to the bank,
 * and the batch is reconciled once the bank has answered paid or failed for every line. A batch can be
 * cancelled only before its roster left the building.
 */
export const disbursementBatchMachine: Machine<DisbursementBatchState, E, DisbursementBatchRecord> = {
  name: 'disbursement_batch',
  states: disbursementBatchStates,
  initial: 'prepared',
  holders: {
    prepared: 'finance',
    approved: 'finance',
    exported: 'finance',
    reconciled: null,
    cancelled: null,
  },
  events: {
    approve: {
      from: ['prepared'],
      to: 'approved',
      who: { bureau: ['finance'] },
      guards: [requires((r) => r.lineCount > 0, 'guard.batch_empty'), notThePreparer],
    },
    // The second pair of eyes refuses the batch: its lines go back to "scheduled".
    send_back: {
      from: ['prepared'],
      to: 'cancelled',
      who: { bureau: ['finance'] },
      guards: [notThePreparer],
      reason: 'required',
    },
    export: { from: ['approved'], to: 'exported', who: { bureau: ['finance'] } },
    reconcile: {
      from: ['exported'],
      to: 'reconciled',
      who: { bureau: ['finance'] },
      guards: [requires((r) => r.pendingLineCount === 0, 'guard.bank_results_pending')],
    },
    // finance and the auditor read later why money that was due was not sent
    cancel: {
      from: ['prepared', 'approved'],
      to: 'cancelled',
      who: { bureau: ['finance'] },
      reason: 'required',
    },
  },
};
