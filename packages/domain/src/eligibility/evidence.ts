import { type Criterion, type CriterionStatus, sentence, term } from './criterion';

/**
 * Where a document stands. Missing or unread evidence leaves a criterion open, never failed: under
 * the zero-threshold policy a gap in the file is something to ask for, not a reason to refuse.
 */
export type EvidenceState = 'missing' | 'submitted' | 'verified' | 'rejected';

export const documentKinds = [
  'resident_id_card',
  'graduation_certificate',
  'household_migration_certificate',
  'property_or_lease_certificate',
  'employment_proof',
  'relationship_proof',
  'relative_household_booklet',
  'transfer_papers',
  'appointment_document',
  'employment_contract',
  'discharge_certificate',
  'household_booklet',
  'degree_certificate',
  'skills_qualification',
] as const;
export type DocumentKind = (typeof documentKinds)[number];
export type Documents = Readonly<Partial<Record<DocumentKind, EvidenceState>>>;

const statusOf: Record<EvidenceState, CriterionStatus> = {
  verified: 'pass',
  submitted: 'needs_evidence',
  missing: 'needs_evidence',
  rejected: 'fail',
};

// Few clauses × kinds × states exist, so every document criterion is made once and shared (frozen).
const shared = new Map<string, Map<DocumentKind, Map<EvidenceState, Criterion>>>();

export function documentCriterion(
  kind: DocumentKind,
  state: EvidenceState | undefined,
  clause: string,
  member?: number,
): Criterion {
  const s = state ?? 'missing';
  if (member !== undefined) return { ...documentCriterion(kind, s, clause), member };
  let byKind = shared.get(clause);
  if (byKind === undefined) {
    byKind = new Map();
    shared.set(clause, byKind);
  }
  let byState = byKind.get(kind);
  if (byState === undefined) {
    byState = new Map();
    byKind.set(kind, byState);
  }
  let criterion = byState.get(s);
  if (criterion === undefined) {
    const text = Object.freeze(sentence(`eligibility.document.${s}`, { document: term(`document.${kind}`) }));
    criterion = Object.freeze({
      id: `document.${kind}`,
      status: statusOf[s],
      measured: s,
      required: 'verified',
      clause,
      basis: 'document',
      sentence: text,
    });
    byState.set(s, criterion);
  }
  return criterion;
}
