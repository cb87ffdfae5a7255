import type { EventSpec } from './machine';

type CaseState = 'draft' | 'submitted' | 'under_review' | 'returned' | 'withdrawn';

/**
 * The intake every application shares: the applicant drafts, submits and may withdraw until a
 * decision; a reviewer takes it up and may return it for more documents, after which the applicant
 * resubmits. Only the person whose application it is acts for the applicant.
 */
export function caseIntakeEvents<S extends string, R>(
  withdrawableFrom: readonly (S | CaseState)[],
): Record<'submit' | 'withdraw' | 'start_review' | 'return' | 'resubmit', EventSpec<S | CaseState, R>> {
  return {
    submit: { from: ['draft'], to: 'submitted', who: { applicant: 'owner' } },
    withdraw: { from: withdrawableFrom, to: 'withdrawn', who: { applicant: 'owner' } },
    start_review: { from: ['submitted'], to: 'under_review', who: { bureau: ['reviewer'] } },
    // the applicant has to know what to bring
    return: { from: ['under_review'], to: 'returned', who: { bureau: ['reviewer'] }, reason: 'required' },
    resubmit: { from: ['returned'], to: 'submitted', who: { applicant: 'owner' } },
  };
}
