import type { IsoDate } from '../dates/isoDate';
import { caseIntakeEvents } from './caseEvents';
import { dated, notSamePerson } from './guards';
import type { Machine } from './machine';

/** The states of db migration 2026_11_28_1900 (subsidy_claim.state), in the order a claim moves. */
export const subsidyClaimStates = [
  'draft',
  'submitted',
  'under_review',
  'returned',
  'recommended',
  'approved',
  'in_public_notice',
  'awarded',
  'rejected',
  'withdrawn',
] as const;
export type SubsidyClaimState = (typeof subsidyClaimStates)[number];

export type SubsidyClaimRecord = {
  state: SubsidyClaimState;
  applicantUserId: string;
  employerId?: string;
  /** Who passed the first check (初审); the second (复审) must be someone else. */
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
  | 'approve'
  | 'reject'
  | 'publish_notice'
  | 'uphold_objection'
  | 'close_notice';
export type SubsidyClaimEvent = E;

/**
 * Subsidy claim (二(四)5, policy.md "Paying money"): a reviewer's first check (初审) recommends, a
 * different approver's second check (复审) approves and the award is fixed under the policy in force
 * on the claim date; the recipient is then published (公示) for the notice period, and only an award
 * that survived it (awarded) is paid. An objection the bureau upholds sends the claim back to review.
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
    approved: 'approver',
    in_public_notice: 'approver',
    awarded: null,
    rejected: null,
    withdrawn: null,
  },
  events: {
    // Withdrawing is open until the first check has decided (初审).
    ...caseIntakeEvents<SubsidyClaimState, SubsidyClaimRecord>([
      'draft',
      'submitted',
      'under_review',
      'returned',
    ]),
    recommend: { from: ['under_review'], to: 'recommended', who: { bureau: ['reviewer'] } },
    // the reviewer has to know what to look at again
    send_back: {
      from: ['recommended'],
      to: 'under_review',
      who: { bureau: ['approver'] },
      reason: 'required',
    },
    // Money: whoever recommended may not also approve (four eyes, 初审/复审).
    approve: {
      from: ['recommended'],
      to: 'approved',
      who: { bureau: ['approver'] },
      guards: [notSamePerson((r) => r.recommendedBy)],
    },
    // The reviewer refuses at the first check, the approver at the second.
    reject: {
      from: ['under_review', 'recommended'],
      to: 'rejected',
      who: { bureau: ['reviewer', 'approver'] },
      reason: 'required',
    },
    publish_notice: {
      from: ['approved'],
      to: 'in_public_notice',
      who: { bureau: ['reviewer', 'approver'] },
    },
    uphold_objection: {
      from: ['in_public_notice'],
      to: 'under_review',
      who: { bureau: ['approver'] },
      reason: 'required',
    },
    close_notice: {
      from: ['in_public_notice'],
      to: 'awarded',
      who: { bureau: ['approver'], system: true },
      guards: [dated((r) => r.noticeEndsOn, 'after', 'guard.notice_period_running')],
    },
  },
};
