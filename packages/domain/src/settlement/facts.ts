import type { IsoDate } from '../dates/isoDate';
import type { DocumentKind, Documents, EvidenceState } from '../eligibility/evidence';
import type { SettlementFacts, TalentCardCheck } from '../eligibility/settlementFacts';
import { documentSlots, type SettlementDraft } from './schemas';

/**
 * What the evaluator needs to know about a draft: the same facts give the portal's live pre-check and
 * the trace the API stores at submission. An uploaded document is "submitted" until a person has read
 * it; the electronic inter-provincial transfer stands for the paper migration certificate. A green-channel
 * draft carries what the card registry said about its card (二(一)5), once the server has asked.
 */
export function settlementFactsOf(input: {
  draft: SettlementDraft;
  applicationDate: IsoDate;
  graduationDate?: IsoDate | undefined;
  talentCard?: TalentCardCheck | undefined;
}): SettlementFacts {
  const { draft } = input;
  const documents: Partial<Record<DocumentKind, EvidenceState>> = {};
  for (const [slot, kind] of Object.entries(documentSlots) as [keyof typeof documentSlots, DocumentKind][]) {
    if (draft.documents[slot] !== undefined) documents[kind] = 'submitted';
  }
  if (draft.documents.electronicTransfer) documents.household_migration_certificate = 'submitted';
  const facts: SettlementFacts = {
    route: draft.route,
    applicationDate: input.applicationDate,
    documents: documents as Documents,
    settleAt: draft.settleAt,
    family: draft.members.map((m) => ({
      relation: m.relation,
      documents: { relationship_proof: m.documentId === undefined ? 'missing' : 'submitted' },
    })),
  };
  if (input.talentCard !== undefined) facts.talentCard = input.talentCard;
  return input.graduationDate === undefined ? facts : { ...facts, graduationDate: input.graduationDate };
}
