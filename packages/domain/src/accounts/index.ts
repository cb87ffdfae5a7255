export {
  type AccountKind,
  type Actor,
  accountKinds,
  type BureauRole,
  bureauRoles,
  type ElevatedBureauRole,
  type EmployerStaffRole,
  elevatedBureauRoles,
  employerStaffRoles,
  hasBureauRole,
  isElevatedRole,
  personOf,
} from './actor';
export { type CaseDocumentKind, caseDocumentReaders, mayReadCaseDocument } from './caseDocuments';
export { mobileSchema, passwordSchema, personNameSchema, residentIdSchema, usccSchema } from './fields';
export { mayCall } from './mayCall';
export {
  type ActorRole,
  actorRoles,
  actorRolesOf,
  type Operation,
  type OperationAccess,
  operationAccess,
  type RoleHolder,
} from './permissions';
export {
  type CodePurpose,
  type CodeRequest,
  codePurposes,
  codeRequestSchema,
  mobileAccountKinds,
  type PasswordReset,
  passwordResetSchema,
  smsCodeSchema,
  type VerifiedApplicantSignUp,
  type VerifiedEmployerSignUp,
  verificationCodeRules,
  verifiedApplicantSignUpSchema,
  verifiedEmployerSignUpSchema,
} from './recovery';
export {
  type ApplicantSignUp,
  applicantSignUpSchema,
  type BureauAccountCreate,
  type BureauAccountUpdate,
  bureauAccountCreateSchema,
  bureauAccountUpdateSchema,
  type ChangePassword,
  changePasswordSchema,
  type EmployerSignUp,
  employerSignUpSchema,
  type PageQuery,
  pageQuerySchema,
  type SignIn,
  signInSchema,
} from './schemas';
