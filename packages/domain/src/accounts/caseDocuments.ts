import { type Actor, type BureauRole, hasBureauRole } from './actor';

/** The kinds of case a file uploaded to the platform can belong to, from the bureau's side. */
export type CaseDocumentKind = 'settlement' | 'employer_licence';

/**
 * Who among bureau staff may open a case's files: only those who handle that case (need to know,
 * docs/decisions/0010-audit-trail.md), and every opening is audited.
 * - settlement: ID card scans, diplomas, household booklets, family members' proofs — the reviewer
 *   examines them, the approver decides on them, the registrar (public security) files the move.
 *   Finance pays subsidies and never needs them; the auditor reads the trail, not the papers.
 * - employer_licence: an organisation's business licence — reviewers and admins verify employers,
 *   auditors read that queue (listEmployers); it holds no personal data.
 */
export const caseDocumentReaders: Readonly<Record<CaseDocumentKind, readonly BureauRole[]>> = {
  settlement: ['reviewer', 'approver', 'registrar'],
  employer_licence: ['reviewer', 'admin', 'auditor'],
};

export function mayReadCaseDocument(actor: Actor, kind: CaseDocumentKind): boolean {
  return caseDocumentReaders[kind].some((role) => hasBureauRole(actor, role));
}
