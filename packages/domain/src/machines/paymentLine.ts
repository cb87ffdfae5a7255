import type { IsoDate } from '../dates/isoDate';
import type { DisbursementBatchState } from './disbursementBatch';
import { dated, requires } from './guards';
import type { Machine } from './machine';

export const paymentLineStates = ['scheduled', 'in_batch', 'paid', 'failed', 'cancelled'] as const;
export type PaymentLineState = (typeof paymentLineStates)[number];

export type PaymentLineRecord = {
  state: PaymentLineState;
  applicantUserId: string;
  dueDate: IsoDate;
  /** The account is the payee's own social-security-card account; paying anyone else is an error. */
  payeeAccountVerified: boolean;
  /** State of the batch the line is in, when it is in one. */
  batchState?: DisbursementBatchState;
};

type E = 'add_to_batch' | 'remove_from_batch' | 'mark_paid' | 'mark_failed' | 'reissue' | 'cancel';
export type PaymentLineEvent = E;

const batchIs = (state: DisbursementBatchState, code: string) =>
  requires<PaymentLineRecord>((r) => r.batchState === state, code);

/**
 * One payment of an award ("Paying money"). "Paid" has no way out, so a line is paid exactly once; a
 * failed line (name or account mismatch) is corrected and goes back to "scheduled" for a later batch.
 */
export const paymentLineMachine: Machine<PaymentLineState, E, PaymentLineRecord> = {
  name: 'payment_line',
  states: paymentLineStates,
  initial: 'scheduled',
  holders: { scheduled: 'reviewer', in_batch: 'finance', paid: null, failed: 'reviewer', cancelled: null },
  events: {
    add_to_batch: {
      from: ['scheduled'],
      to: 'in_batch',
      who: { bureau: ['reviewer', 'approver'] },
      guards: [
        requires((r) => r.payeeAccountVerified, 'guard.payee_account_unverified'),
        dated((r) => r.dueDate, 'on_or_after', 'guard.payment_not_due'),
        batchIs('draft', 'guard.batch_not_draft'),
      ],
    },
    remove_from_batch: {
      from: ['in_batch'],
      to: 'scheduled',
      who: { bureau: ['reviewer', 'approver'] },
      guards: [batchIs('draft', 'guard.batch_not_draft')],
    },
    // Bank results are recorded only against a roster actually sent to the bank.
    mark_paid: {
      from: ['in_batch'],
      to: 'paid',
      who: { bureau: ['finance'] },
      guards: [batchIs('exported', 'guard.batch_not_exported')],
    },
    mark_failed: {
      from: ['in_batch'],
      to: 'failed',
      who: { bureau: ['finance'] },
      guards: [batchIs('exported', 'guard.batch_not_exported')],
    },
    reissue: {
      from: ['failed'],
      to: 'scheduled',
      who: { bureau: ['reviewer'] },
      guards: [requires((r) => r.payeeAccountVerified, 'guard.payee_account_unverified')],
    },
    // An award that stops (departure) cancels its unpaid lines.
    cancel: { from: ['scheduled', 'failed'], to: 'cancelled', who: { bureau: ['approver'] } },
  },
};
