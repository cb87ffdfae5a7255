import {
  type DocumentSlot,
  documentSlots,
  type SettlementDraft,
  type SettlementDraftInput,
  settlementDraftSchema,
} from '@talent/domain';
import type { DocumentRef, useZodForm } from '@talent/ui';
import type { ApplicationView } from '../queries';

/** The wizard's form values: the draft schema's input, every text field a string. */
export type DraftValues = SettlementDraftInput;
export type DraftForm = ReturnType<typeof useZodForm<typeof settlementDraftSchema>>;

export const emptyDraft: DraftValues = {
  route: 'graduate',
  talentCardNumber: '',
  settleAt: '' as never,
  countyCode: '',
  address: '',
  employerId: '',
  policeStationId: '',
  relative: { name: '', residentId: '', relation: '' },
  members: [],
  documents: {
    graduationCertificate: '',
    householdMigrationCertificate: '',
    electronicTransfer: false,
    residentIdCard: '',
    propertyOrLease: '',
    relativeHouseholdBooklet: '',
  },
};

const slotOfKind = new Map<string, DocumentSlot>(
  Object.entries(documentSlots).map(([slot, kind]) => [kind, slot as DocumentSlot]),
);

/**
 * A stored application back into the form. Resident IDs come back masked, so family members' and the
 * relative's numbers are asked for again rather than shown (identifiers are never sent in full).
 */
export function valuesFromView(view: ApplicationView): {
  values: DraftValues;
  documents: Record<string, DocumentRef>;
} {
  const documents: Record<string, DocumentRef> = {};
  const slots: Record<string, string> = {};
  for (const d of view.documents) {
    const slot = slotOfKind.get(d.kind);
    const ref = { ...d, url: `/api/documents/${d.id}/content` };
    documents[d.id] = ref;
    if (slot) slots[slot] = d.id;
  }
  const values: DraftValues = {
    ...emptyDraft,
    route: view.route as DraftValues['route'],
    talentCardNumber: view.talentCardNumber ?? '',
    settleAt: view.settleAt as DraftValues['settleAt'],
    countyCode: view.settleAt === 'employer_collective' ? '' : view.countyCode,
    address: view.address ?? '',
    employerId: view.employer?.id ?? '',
    policeStationId: view.policeStation?.id ?? '',
    relative: view.relative
      ? { name: view.relative.name, residentId: '', relation: view.relative.relation as 'parent' }
      : emptyDraft.relative,
    members: view.members.map((m) => ({
      name: m.name,
      residentId: '',
      relation: m.relation as 'spouse',
      documentId: m.documentId ?? '',
    })),
    documents: { ...emptyDraft.documents, ...slots, electronicTransfer: view.electronicTransfer },
  };
  return { values, documents };
}

/**
 * The draft as far as it can be read while the applicant is still typing, for the live pre-check:
 * the evaluator needs only the place, the documents present and the members' relations.
 */
export function lenientDraft(values: DraftValues): SettlementDraft | null {
  const parsed = settlementDraftSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  const place = settlementDraftSchema.safeParse({ ...values, members: [], relative: undefined });
  const settleAt = values.settleAt;
  if (!settleAt) return null;
  const docs = values.documents ?? (emptyDraft.documents as NonNullable<DraftValues['documents']>);
  const id = (v: string | undefined | null) => (v ? v : undefined);
  return {
    ...(place.success ? place.data : {}),
    route: values.route ?? 'graduate',
    settleAt,
    members: (values.members ?? []).map((m) => ({
      name: m.name ?? '',
      residentId: '',
      relation: m.relation,
      documentId: id(m.documentId as string | undefined),
    })),
    documents: {
      graduationCertificate: id(docs.graduationCertificate as string),
      householdMigrationCertificate: docs.electronicTransfer
        ? undefined
        : id(docs.householdMigrationCertificate as string),
      electronicTransfer: docs.electronicTransfer === true,
      residentIdCard: id(docs.residentIdCard as string),
      propertyOrLease: settleAt === 'own_residence' ? id(docs.propertyOrLease as string) : undefined,
      relativeHouseholdBooklet:
        settleAt === 'relative_residence' ? id(docs.relativeHouseholdBooklet as string) : undefined,
    },
  } as SettlementDraft;
}
