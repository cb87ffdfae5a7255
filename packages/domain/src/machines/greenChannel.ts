import type { SettlementPlace } from '../eligibility/settlementFacts';
import { caseIntakeEvents } from './caseEvents';
import { requires } from './guards';
import type { Machine } from './machine';

export const greenChannelStates = [
  'draft',
  'submitted',
  'under_review',
  'returned',
  'approved',
  'rejected',
  'registered',
  'withdrawn',
] as const;
export type GreenChannelState = (typeof greenChannelStates)[number];

export type GreenChannelRecord = {
  state: GreenChannelState;
  applicantUserId: string;
  employerId?: string;
  settleAt?: SettlementPlace;
  collectiveHouseholdAccepted?: boolean;
  /** Set from canApproveInstantly on the latest evaluation: every check machine-verified and passed. */
  instantApprovalEligible?: boolean;
};

type E =
  | 'submit'
  | 'withdraw'
  | 'start_review'
  | 'return'
  | 'resubmit'
  | 'instant_approve'
  | 'approve'
  | 'reject'
  | 'register';
export type GreenChannelEvent = E;

const collectiveAccepted = requires<GreenChannelRecord>(
  (r) => r.settleAt !== 'employer_collective' || r.collectiveHouseholdAccepted === true,
  'guard.collective_household_not_accepted',
);

/**
 * Talent-card green channel (二(一)5): the same path as any settlement, plus instant approval (秒批)
 * straight from "submitted" when every check is machine-verifiable and passes; otherwise a reviewer
 * takes it up at the head of the queue.
 */
export const greenChannelMachine: Machine<GreenChannelState, E, GreenChannelRecord> = {
  name: 'green_channel',
  states: greenChannelStates,
  initial: 'draft',
  holders: {
    draft: 'applicant',
    submitted: 'reviewer',
    under_review: 'reviewer',
    returned: 'applicant',
    approved: 'registrar',
    rejected: null,
    registered: null,
    withdrawn: null,
  },
  events: {
    ...caseIntakeEvents<GreenChannelState, GreenChannelRecord>([
      'draft',
      'submitted',
      'under_review',
      'returned',
      'approved',
    ]),
    instant_approve: {
      from: ['submitted'],
      to: 'approved',
      who: { system: true },
      guards: [
        requires((r) => r.instantApprovalEligible === true, 'guard.instant_approval_not_eligible'),
        collectiveAccepted,
      ],
    },
    approve: {
      from: ['under_review'],
      to: 'approved',
      who: { bureau: ['approver'] },
      guards: [collectiveAccepted],
    },
    reject: { from: ['under_review'], to: 'rejected', who: { bureau: ['approver'] } },
    register: { from: ['approved'], to: 'registered', who: { bureau: ['registrar'] } },
  },
};
