import type { IsoDate } from '../dates/isoDate';
import { caseIntakeEvents } from './caseEvents';
import { dated, notSamePerson } from './guards';
import type { Machine } from './machine';

export const subsidyClaimStates = [
  'draft',
  'submitted',
  'under_review',
  'returned',
  'recommended',
  'in_public_notice',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type SubsidyClaimState = (typeof subsidyClaimStates)[number];

export type SubsidyClaimRecord = {
  state: SubsidyClaimState;
  applicantUserId: string;
  employerId?: string;
  recommendedBy?: string;
  /** Last day of the public notice (publicNoticeEndsOn). */
  noticeEndsOn?: IsoDate;
};

type E =
  | 'submit'
  | 'withdraw'
  | 'start_review'
  | 'return'
  | 'resubmit'
  | 'recommend'
  | 'send_back'
  | 'reject'
  | 'publish_notice'
  | 'uphold_objection'
  | 'close_notice';
export type SubsidyClaimEvent = E;

/**
 * Subsidy claim (二(四)5): a reviewer recommends, a different approver decides, and the recipient
 * is published (公示) for the notice period before the claim is approved and becomes an award. An
 * objection the bureau upholds sends the claim back to review.
 */
export const subsidyClaimMachine: Machine<SubsidyClaimState, E, SubsidyClaimRecord> = {
  name: 'subsidy_claim',
  states: subsidyClaimStates,
  initial: 'draft',
  holders: {
    draft: 'applicant',
    submitted: 'reviewer',
    under_review: 'reviewer',
    returned: 'applicant',
    recommended: 'approver',
    in_public_notice: 'approver',
    approved: null,
    rejected: null,
    withdrawn: null,
  },
  events: {
    ...caseIntakeEvents<SubsidyClaimState, SubsidyClaimRecord>([
      'draft',
      'submitted',
      'under_review',
      'returned',
    ]),
    recommend: { from: ['under_review'], to: 'recommended', who: { bureau: ['reviewer'] } },
    send_back: { from: ['recommended'], to: 'under_review', who: { bureau: ['approver'] } },
    reject: { from: ['under_review', 'recommended'], to: 'rejected', who: { bureau: ['approver'] } },
    // Money: whoever recommended may not also approve the publication.
    publish_notice: {
      from: ['recommended'],
      to: 'in_public_notice',
      who: { bureau: ['approver'] },
      guards: [notSamePerson((r) => r.recommendedBy)],
    },
    uphold_objection: { from: ['in_public_notice'], to: 'under_review', who: { bureau: ['approver'] } },
    close_notice: {
      from: ['in_public_notice'],
      to: 'approved',
      who: { bureau: ['approver'], system: true },
      guards: [dated((r) => r.noticeEndsOn, 'after', 'guard.notice_period_running')],
    },
  },
};
