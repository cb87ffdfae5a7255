import { type DocumentSlot, documentSlots, type SettlementDraft } from '@talent/domain';
import type { Db } from '../../platform/db.js';
import type { Pii } from '../../platform/pii.js';
import * as repo from './repository.js';

const slotOfKind = new Map<string, DocumentSlot>(
  Object.entries(documentSlots).map(([slot, kind]) => [kind, slot as DocumentSlot]),
);

/** The stored application read back as the draft the applicant wrote (identifiers decrypted, in memory only). */
export async function draftOf(db: Db, row: repo.ApplicationRow, pii: Pii): Promise<SettlementDraft> {
  const [members, documents] = await Promise.all([
    repo.listMembers(db, row.id),
    repo.listDocuments(db, row.id),
  ]);
  const docs: SettlementDraft['documents'] = {
    graduationCertificate: undefined,
    householdMigrationCertificate: undefined,
    electronicTransfer: row.electronic_transfer,
    residentIdCard: undefined,
    propertyOrLease: undefined,
    relativeHouseholdBooklet: undefined,
  };
  for (const d of documents) {
    const slot = slotOfKind.get(d.kind);
    if (slot) docs[slot] = d.id;
  }
  const place = row.settle_at as SettlementDraft['settleAt'];
  return {
    route: row.route as SettlementDraft['route'],
    talentCardNumber: row.talent_card_number ?? undefined,
    settleAt: place,
    countyCode: place === 'employer_collective' ? undefined : row.county_code,
    address: row.address ?? undefined,
    employerId: row.employer_id ?? undefined,
    policeStationId: row.police_station_id ?? undefined,
    relative: row.relative
      ? {
          name: row.relative.name,
          residentId: pii.decrypt(row.relative.residentIdEnc),
          relation: row.relative.relation as 'spouse' | 'child' | 'parent',
        }
      : undefined,
    members: members.map((m) => ({
      name: m.name,
      residentId: pii.decrypt(m.resident_id_enc),
      relation: m.relation,
      documentId: m.document_id ?? undefined,
    })),
    documents: docs,
  };
}
