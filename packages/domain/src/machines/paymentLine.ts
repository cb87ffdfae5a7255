import type { IsoDate } from '../dates/isoDate';
import type { DisbursementBatchState } from './disbursementBatch';
import { requires } from './guards';
import type { Machine } from './machine';

export const paymentLineStates = ['scheduled', 'in_batch', 'paid', 'failed', 'cancelled'] as const;
export type PaymentLineState = (typeof paymentLineStates)[number];

export type PaymentLineRecord = {
  state: PaymentLineState;
  applicantUserId: string;
  dueDate: IsoDate;
  /** The account is the payee's own social-security-card account; paying anyone else is an error. */
  payeeAccountVerified: boolean;
  /** The award is still running; a departure within the service commitment stops it (二(四)5). */
  awardActive?: boolean;
  /** State of the batch the line is in or is being put in. */
  batchState?: DisbursementBatchState;
  /** The date the batch takes instalments up to (its "due as of"). */
  batchDueAsOf?: IsoDate;
};

type E =
  | 'add_to_batch'
  | 'remove_from_batch'
  | 'mark_paid'
  | 'mark_failed'
  | 'reissue'
  | 'cancel'
  | 'withdraw';
export type PaymentLineEvent = E;

const batchIn = (states: readonly DisbursementBatchState[], code: string) =>
  requires<PaymentLineRecord>((r) => r.batchState !== undefined && states.includes(r.batchState), code);

/**
 * One payment of an award ("Paying money"). "Paid" has no way out, so a line is paid exactly once; a
 * failed line (name or account mismatch) has its account corrected on the claim and goes back to
 * "scheduled" for a later batch.
 */
export const paymentLineMachine: Machine<PaymentLineState, E, PaymentLineRecord> = {
  name: 'payment_line',
  states: paymentLineStates,
  initial: 'scheduled',
  holders: { scheduled: 'finance', in_batch: 'finance', paid: null, failed: 'finance', cancelled: null },
  events: {
    add_to_batch: {
      from: ['scheduled'],
      to: 'in_batch',
      who: { bureau: ['finance'] },
      guards: [
        requires((r) => r.payeeAccountVerified, 'guard.payee_account_unverified'),
        requires((r) => r.batchDueAsOf !== undefined && r.dueDate <= r.batchDueAsOf, 'guard.payment_not_due'),
        batchIn(['prepared'], 'guard.batch_not_draft'),
      ],
    },
    // The batch was sent back or cancelled before its roster went to the bank.
    remove_from_batch: {
      from: ['in_batch'],
      to: 'scheduled',
      who: { bureau: ['finance'] },
      guards: [batchIn(['prepared', 'approved'], 'guard.batch_not_draft')],
    },
    // Bank results are recorded only against a roster actually sent to the bank.
    mark_paid: {
      from: ['in_batch'],
      to: 'paid',
      who: { bureau: ['finance'] },
      guards: [batchIn(['exported'], 'guard.batch_not_exported')],
    },
    mark_failed: {
      from: ['in_batch'],
      to: 'failed',
      who: { bureau: ['finance'] },
      guards: [batchIn(['exported'], 'guard.batch_not_exported')],
    },
    // After the payee's account was corrected on the claim and verified by a second person (or the
    // bank's fault was cleared) — never for an award that has stopped: leaving within the service
    // commitment stops the unpaid parts (庆政办发〔2022〕44号 二(四)5).
    reissue: {
      from: ['failed'],
      to: 'scheduled',
      who: { bureau: ['reviewer', 'finance'] },
      guards: [
        requires((r) => r.awardActive !== false, 'guard.award_stopped'),
        requires((r) => r.payeeAccountVerified, 'guard.payee_account_unverified'),
      ],
    },
    // An award that stops (departure) cancels its unpaid lines.
    cancel: { from: ['scheduled', 'failed'], to: 'cancelled', who: { bureau: ['approver'], system: true } },
    // ... and takes those in a batch the bank has not seen out of it (a sent one keeps them, flagged).
    withdraw: {
      from: ['in_batch'],
      to: 'cancelled',
      who: { bureau: ['approver'], system: true },
      guards: [batchIn(['prepared', 'approved'], 'guard.batch_not_draft')],
    },
  },
};
