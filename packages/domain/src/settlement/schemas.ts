import { z } from 'zod';
import { personNameSchema, residentIdSchema } from '../accounts/fields';
import { typeError } from '../accounts/typeError';
import type { DocumentKind } from '../eligibility/evidence';
import { tiers } from '../policy/tiers';
import { countyCodeSchema, idSchema, isoDateSchema, text } from './fields';

// Forms send '' for an empty input; the API treats it like an absent field.
const blank = (v: unknown) => (v === '' || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/**
 * The applicant's registered place and education (issue 4 "Profile"). Name and resident ID are the
 * account's (PUT /api/me/profile); the tier is one of the five of 二(四)5.
 */
export const applicantProfileSchema = z.object({
  registeredPlace: text(200, 'validation.registeredPlace.length'),
  school: text(100, 'validation.school.length'),
  tier: z.enum(tiers, typeError('validation.tier.invalid')),
  major: text(100, 'validation.major.length'),
  graduationDate: isoDateSchema,
  certificateNo: z
    .string(typeError('validation.certificateNo.format'))
    .trim()
    .regex(/^[0-9A-Za-z-]{4,40}$/, 'validation.certificateNo.format'),
});
export type ApplicantProfile = z.infer<typeof applicantProfileSchema>;

/** Spouse, children and parents are the relatives 二(一) names. */
export const memberRelations = ['spouse', 'child', 'parent'] as const;
export type MemberRelation = (typeof memberRelations)[number];
const relationSchema = z.enum(memberRelations, typeError('validation.relation.invalid'));

export const familyMemberSchema = z.object({
  name: personNameSchema,
  residentId: residentIdSchema,
  relation: relationSchema,
  /** Proof of the relationship (e.g. marriage or birth certificate). */
  documentId: optional(idSchema),
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

/** The five places of 二(一)4 a graduate may settle at. */
export const graduatePlaces = [
  'own_residence',
  'relative_residence',
  'employer_collective',
  'talent_centre_collective',
  'police_station_collective',
] as const;
export type GraduatePlace = (typeof graduatePlaces)[number];

/** Which fields each place needs: the county follows from the employer or the station where there is one. */
const placeFields: Record<
  GraduatePlace,
  readonly ('countyCode' | 'address' | 'employerId' | 'policeStationId' | 'relative')[]
> = {
  own_residence: ['countyCode', 'address'],
  relative_residence: ['countyCode', 'address', 'relative'],
  employer_collective: ['employerId'],
  talent_centre_collective: ['countyCode'],
  police_station_collective: ['countyCode', 'policeStationId'],
};

export const settlementDocumentsSchema = z.object({
  graduationCertificate: optional(idSchema),
  /** 户口迁移证; an electronic inter-provincial transfer replaces the paper (policy.md § settlement routes). */
  householdMigrationCertificate: optional(idSchema),
  electronicTransfer: z.boolean(typeError('validation.boolean.invalid')).default(false),
  residentIdCard: optional(idSchema),
  /** Own residence: property or lease certificate. */
  propertyOrLease: optional(idSchema),
  /** A relative's residence: the relative's household booklet. */
  relativeHouseholdBooklet: optional(idSchema),
});
export type SettlementDocuments = z.infer<typeof settlementDocumentsSchema>;

/**
 * The routes an applicant can draft: the graduate's (二(一)4) and the talent-card green channel (二(一)5),
 * whose holder may bring spouse, children and parents.
 */
export const draftRoutes = ['graduate', 'talent_card'] as const;
export type DraftRoute = (typeof draftRoutes)[number];

/** 二(一)5: a card holder settles "在工作地和实际居住地" — the employer's collective household or the own residence. */
export const greenChannelPlaces = [
  'employer_collective',
  'own_residence',
] as const satisfies readonly GraduatePlace[];

/**
 * A settlement application as the applicant drafts it (graduate route 二(一)4, or the talent card's
 * green channel 二(一)5 naming the card number printed on it): where to settle with
 * that place's fields, family members settling along, and the uploaded documents by kind. Documents
 * may still be missing in a draft; `missingDocuments` says what a submission still needs. Never the
 * 就业报到证, abolished in 2023.
 */
export const settlementDraftSchema = z
  .object({
    route: z.enum(draftRoutes, typeError('validation.route.invalid')),
    talentCardNumber: optional(text(40, 'validation.talentCardNumber.length')),
    settleAt: z.enum(graduatePlaces, typeError('validation.settleAt.invalid')),
    countyCode: optional(countyCodeSchema),
    address: optional(text(200, 'validation.address.length')),
    employerId: optional(idSchema),
    policeStationId: optional(idSchema),
    // Each part optional here, required below for a relative's residence: a form may hold them blank.
    relative: z
      .object({
        name: optional(personNameSchema),
        residentId: optional(residentIdSchema),
        relation: optional(relationSchema),
      })
      .optional(),
    members: z.array(familyMemberSchema).max(10, 'validation.members.tooMany').default([]),
    documents: settlementDocumentsSchema.default({ electronicTransfer: false }),
  })
  .superRefine((draft, ctx) => {
    if (draft.route === 'talent_card') greenChannelIssues(draft, ctx);
    if (draft.settleAt === 'relative_residence') {
      for (const part of ['name', 'residentId', 'relation'] as const) {
        if (draft.relative?.[part] === undefined) {
          ctx.addIssue({ code: 'custom', path: ['relative', part], message: 'validation.required' });
        }
      }
    }
    for (const field of placeFields[draft.settleAt]) {
      if (field === 'relative') continue;
      if (draft[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: 'validation.required' });
    }
  })
  .transform((draft) => {
    // Fields of another place are dropped, so a changed choice leaves nothing stale behind.
    const keep = new Set<string>(placeFields[draft.settleAt]);
    const docs = draft.documents;
    return {
      route: draft.route,
      talentCardNumber: draft.route === 'talent_card' ? draft.talentCardNumber : undefined,
      settleAt: draft.settleAt,
      countyCode: keep.has('countyCode') ? draft.countyCode : undefined,
      address: keep.has('address') ? draft.address : undefined,
      employerId: keep.has('employerId') ? draft.employerId : undefined,
      policeStationId: keep.has('policeStationId') ? draft.policeStationId : undefined,
      relative:
        keep.has('relative') && draft.relative
          ? (draft.relative as { name: string; residentId: string; relation: MemberRelation })
          : undefined,
      members: draft.members,
      documents: {
        graduationCertificate: docs.graduationCertificate,
        householdMigrationCertificate: docs.electronicTransfer
          ? undefined
          : docs.householdMigrationCertificate,
        electronicTransfer: docs.electronicTransfer,
        residentIdCard: docs.residentIdCard,
        propertyOrLease: draft.settleAt === 'own_residence' ? docs.propertyOrLease : undefined,
        relativeHouseholdBooklet:
          draft.settleAt === 'relative_residence' ? docs.relativeHouseholdBooklet : undefined,
      },
    };
  });
export type SettlementDraftInput = z.input<typeof settlementDraftSchema>;

// 二(一)5: the card number, one of the two places, and at most one spouse among the family members.
function greenChannelIssues(
  draft: {
    talentCardNumber?: string | undefined;
    settleAt: GraduatePlace;
    members: { relation: MemberRelation }[];
  },
  ctx: z.RefinementCtx,
): void {
  if (draft.talentCardNumber === undefined)
    ctx.addIssue({ code: 'custom', path: ['talentCardNumber'], message: 'validation.required' });
  if (!(greenChannelPlaces as readonly string[]).includes(draft.settleAt))
    ctx.addIssue({ code: 'custom', path: ['settleAt'], message: 'validation.settleAt.notGreenChannel' });
  const spouses = draft.members.flatMap((m, i) => (m.relation === 'spouse' ? [i] : []));
  for (const i of spouses.slice(1))
    ctx.addIssue({
      code: 'custom',
      path: ['members', i, 'relation'],
      message: 'validation.members.oneSpouse',
    });
}
export type SettlementDraft = z.output<typeof settlementDraftSchema>;

/** The document slots of a draft and the kind each one proves. */
export const documentSlots = {
  graduationCertificate: 'graduation_certificate',
  householdMigrationCertificate: 'household_migration_certificate',
  residentIdCard: 'resident_id_card',
  propertyOrLease: 'property_or_lease_certificate',
  relativeHouseholdBooklet: 'relative_household_booklet',
} as const satisfies Record<Exclude<keyof SettlementDocuments, 'electronicTransfer'>, DocumentKind>;
export type DocumentSlot = keyof typeof documentSlots;

/**
 * The slots a submission still has to fill: 毕业证、户口迁移证 (or the electronic transfer)、居民身份证
 * (二(一)4), plus the proof of the chosen place — nothing the clause does not name. In the green channel
 * the card registry stands for the holder's documents (二(一)5); only the family's proofs remain.
 */
export function missingDocuments(draft: SettlementDraft): DocumentSlot[] {
  if (draft.route === 'talent_card') return [];
  const needed: DocumentSlot[] = ['graduationCertificate', 'residentIdCard'];
  if (!draft.documents.electronicTransfer) needed.push('householdMigrationCertificate');
  if (draft.settleAt === 'own_residence') needed.push('propertyOrLease');
  if (draft.settleAt === 'relative_residence') needed.push('relativeHouseholdBooklet');
  return needed.filter((slot) => draft.documents[slot] === undefined);
}

/** The family members (by index) whose proof of relationship is not attached yet; each needs one to submit. */
export function membersMissingProof(draft: SettlementDraft): number[] {
  return draft.members.flatMap((m, i) => (m.documentId === undefined ? [i] : []));
}

/** Returning or rejecting a case needs a reason the applicant can act on. */
export const decisionReasonSchema = z.object({
  reason: z
    .string(typeError('validation.reason.length'))
    .trim()
    .min(2, 'validation.reason.length')
    .max(500, 'validation.reason.length'),
});
export type DecisionReason = z.infer<typeof decisionReasonSchema>;

/** The registrar's act: household number, station (defaults to the application's), date. */
export const registrationSchema = z.object({
  householdNumber: z
    .string(typeError('validation.householdNumber.format'))
    .trim()
    .regex(/^[0-9A-Za-z-]{4,32}$/, 'validation.householdNumber.format'),
  policeStationId: optional(idSchema),
  registrationDate: isoDateSchema,
});
export type Registration = z.infer<typeof registrationSchema>;

/** Work later (二(一)4): the graduate reports the job; the employer confirms it. */
export const employmentReportSchema = z.object({
  employerId: idSchema,
  contractStart: isoDateSchema,
  contractMonths: z.coerce
    .number(typeError('validation.contractMonths.invalid'))
    .int('validation.contractMonths.invalid')
    .min(1, 'validation.contractMonths.invalid')
    .max(600, 'validation.contractMonths.invalid'),
  position: text(100, 'validation.position.length'),
});
export type EmploymentReport = z.infer<typeof employmentReportSchema>;
