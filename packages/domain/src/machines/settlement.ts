import type { IsoDate } from '../dates/isoDate';
import type { SettlementPlace, SettlementRoute } from '../eligibility/settlementFacts';
import { caseIntakeEvents } from './caseEvents';
import { dated, requires } from './guards';
import type { Machine } from './machine';

export const settlementStates = [
  'draft',
  'submitted',
  'under_review',
  'returned',
  'approved',
  'rejected',
  'registered',
  'withdrawn',
  'employment_reported',
  'employment_confirmed',
  'employment_window_missed',
] as const;
export type SettlementState = (typeof settlementStates)[number];

export type SettlementRecord = {
  state: SettlementState;
  applicantUserId: string;
  /** The employer whose collective household the applicant joins, or who confirms the reported job. */
  employerId?: string;
  route: SettlementRoute;
  settleAt?: SettlementPlace;
  /** The employer has accepted the applicant into its collective household (二(二)4). */
  collectiveHouseholdAccepted?: boolean;
  /** For graduates who settled first: the last day to report employment (二(一)4). */
  employmentReportClosesOn?: IsoDate;
  /** A talent-card case whose card checks passed at submission (绿色通道, 二(一)5). */
  greenChannel?: boolean;
  /** canApproveInstantly on the stored evaluation with the policy in force: every check measured and passed, switch on. */
  instantApprovalEligible?: boolean;
  /** The case was approved by the system (秒批), so a reviewer may still pull it back. */
  instantlyApproved?: boolean;
};

type E =
  | 'submit'
  | 'withdraw'
  | 'start_review'
  | 'return'
  | 'resubmit'
  | 'approve'
  | 'instant_approve'
  | 'pull_back'
  | 'reject'
  | 'register'
  | 'report_employment'
  | 'confirm_employment'
  | 'decline_employment'
  | 'close_employment_window';
export type SettlementEvent = E;

// An employer's collective household takes only the graduates it accepts (二(二)4).
const collectiveAccepted = requires<SettlementRecord>(
  (r) => r.settleAt !== 'employer_collective' || r.collectiveHouseholdAccepted === true,
  'guard.collective_household_not_accepted',
);
// 二(一)5 green channel, 秒批: the system approves only a green case whose every check was measured from data and passed.
const instantlyApprovable = requires<SettlementRecord>(
  (r) => r.greenChannel === true && r.instantApprovalEligible === true,
  'guard.instant_approval_not_eligible',
);
const approvedBySystem = requires<SettlementRecord>(
  (r) => r.instantlyApproved === true,
  'guard.not_instantly_approved',
);
const graduateRoute = requires<SettlementRecord>((r) => r.route === 'graduate', 'guard.not_graduate_route');

/**
 * Settlement application (二(一)). After registration, a graduate who settled first reports
 * employment, which the employer confirms; if the window closes first the settlement stands and only
 * the employment-linked incentives stay locked (二(一)4, 二(五)6).
 */
export const settlementMachine: Machine<SettlementState, E, SettlementRecord> = {
  name: 'settlement',
  states: settlementStates,
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
    employment_reported: 'employer',
    employment_confirmed: null,
    employment_window_missed: null,
  },
  events: {
    // Withdrawal only before a decision: once approved the case is the registrar's to finish.
    ...caseIntakeEvents<SettlementState, SettlementRecord>([
      'draft',
      'submitted',
      'under_review',
      'returned',
    ]),
    // The reviewer decides a settlement (issue 4): approve, return or reject, with a reason for the latter two.
    approve: {
      from: ['under_review'],
      to: 'approved',
      who: { bureau: ['reviewer'] },
      guards: [collectiveAccepted],
    },
    // Instant approval happens within the submission (or the employer's acceptance), as the system.
    instant_approve: {
      from: ['submitted'],
      to: 'approved',
      who: { system: true },
      guards: [instantlyApprovable, collectiveAccepted],
    },
    // A reviewer may take an instantly approved case back for a human look while it is not yet registered.
    pull_back: {
      from: ['approved'],
      to: 'under_review',
      who: { bureau: ['reviewer'] },
      guards: [approvedBySystem],
      reason: 'required',
    },
    reject: { from: ['under_review'], to: 'rejected', who: { bureau: ['reviewer'] }, reason: 'required' },
    // The household-registration act itself is the public-security registrar's.
    register: { from: ['approved'], to: 'registered', who: { bureau: ['registrar'] } },
    report_employment: {
      from: ['registered'],
      to: 'employment_reported',
      who: { applicant: 'owner' },
      guards: [
        graduateRoute,
        dated((r) => r.employmentReportClosesOn, 'before_or_on', 'guard.employment_window_closed'),
      ],
    },
    confirm_employment: {
      from: ['employment_reported'],
      to: 'employment_confirmed',
      who: { employer: ['admin', 'hr'] },
    },
    // A declined report goes back so the graduate can report the right job while the window is open.
    decline_employment: {
      from: ['employment_reported'],
      to: 'registered',
      who: { employer: ['admin', 'hr'] },
      reason: 'required',
    },
    close_employment_window: {
      from: ['registered'],
      to: 'employment_window_missed',
      who: { system: true },
      guards: [
        graduateRoute,
        dated((r) => r.employmentReportClosesOn, 'after', 'guard.employment_window_open'),
      ],
    },
  },
};
