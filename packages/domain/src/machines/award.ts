import type { IsoDate } from '../dates/isoDate';
import { dated, notSamePerson, requires } from './guards';
import type { Machine } from './machine';

/** The states of db migration 2026_11_28_1900 (award.state). */
export const awardStates = [
  'pending',
  'active',
  'completed',
  'stopped',
  'clawback_due',
  'closed',
  'cancelled',
] as const;
export type AwardState = (typeof awardStates)[number];

export type AwardRecord = {
  state: AwardState;
  applicantUserId: string;
  /** The current employer, who reports a departure. */
  employerId?: string;
  serviceEndsOn: IsoDate;
  /** Payment lines neither paid nor cancelled. */
  openLineCount: number;
  /** From calculateClawback once a departure is reported. */
  clawbackFen?: number;
  clawbackAssessedBy?: string;
  /** Whether the award's policy version lets the bureau waive a clawback. */
  clawbackWaivable: boolean;
};

type E =
  | 'activate'
  | 'cancel'
  | 'renew'
  | 'complete'
  | 'report_departure'
  | 'assess_clawback'
  | 'close_without_clawback'
  | 'waive_clawback'
  | 'record_repayment';
export type AwardEvent = E;

/**
 * An award (二(四)5) is fixed at the second check (复审) under the policy version in force on the claim
 * date and keeps it. It waits (pending) while its recipient is published (公示): the notice closing
 * without an upheld objection activates it; an upheld objection cancels it, and a renewed approval
 * of the same claim renews it under the same version. Leaving the city's employment within the service
 * commitment stops it; the bureau then assesses the clawback, which finance records as repaid or an
 * approver other than the assessor waives.
 */
export const awardMachine: Machine<AwardState, E, AwardRecord> = {
  name: 'award',
  states: awardStates,
  initial: 'pending',
  holders: {
    pending: 'approver',
    active: null,
    completed: null,
    stopped: 'reviewer',
    clawback_due: 'finance',
    closed: null,
    cancelled: null,
  },
  events: {
    activate: { from: ['pending'], to: 'active', who: { system: true, bureau: ['approver'] } },
    cancel: { from: ['pending'], to: 'cancelled', who: { system: true, bureau: ['approver'] } },
    renew: { from: ['cancelled'], to: 'pending', who: { bureau: ['approver'] } },
    complete: {
      from: ['active'],
      to: 'completed',
      who: { system: true, bureau: ['reviewer'] },
      guards: [
        requires((r) => r.openLineCount === 0, 'guard.award_lines_open'),
        dated((r) => r.serviceEndsOn, 'on_or_after', 'guard.service_commitment_running'),
      ],
    },
    report_departure: {
      from: ['active'],
      to: 'stopped',
      who: { employer: ['admin', 'hr'], bureau: ['reviewer'] },
    },
    assess_clawback: {
      from: ['stopped'],
      to: 'clawback_due',
      who: { bureau: ['reviewer'] },
      guards: [requires((r) => (r.clawbackFen ?? 0) > 0, 'guard.no_clawback_due')],
    },
    close_without_clawback: {
      from: ['stopped'],
      to: 'closed',
      who: { bureau: ['reviewer'] },
      guards: [requires((r) => r.clawbackFen === 0, 'guard.clawback_due')],
    },
    waive_clawback: {
      from: ['clawback_due'],
      to: 'closed',
      who: { bureau: ['approver'] },
      guards: [
        requires((r) => r.clawbackWaivable, 'guard.clawback_not_waivable'),
        notSamePerson((r) => r.clawbackAssessedBy),
      ],
      reason: 'required',
    },
    record_repayment: { from: ['clawback_due'], to: 'closed', who: { bureau: ['finance'] } },
  },
};
