export { settlementFactsOf } from './facts';
export { countyCodeSchema, countyCodes, idSchema, isoDateSchema } from './fields';
export {
  type ApplicantProfile,
  applicantProfileSchema,
  type DecisionReason,
  type DocumentSlot,
  decisionReasonSchema,
  documentSlots,
  type EmploymentReport,
  employmentReportSchema,
  type FamilyMember,
  familyMemberSchema,
  type GraduatePlace,
  graduatePlaces,
  type MemberRelation,
  memberRelations,
  missingDocuments,
  type Registration,
  registrationSchema,
  type SettlementDocuments,
  type SettlementDraft,
  type SettlementDraftInput,
  settlementDocumentsSchema,
  settlementDraftSchema,
} from './schemas';
export { allowedUploadMimes, isAllowedUploadMime, maxUploadBytes, type UploadMime } from './uploads';
