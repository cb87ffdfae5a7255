import { type Actor, type BureauRole, bureauRoles, type EmployerStaffRole } from './actor';

// Who may call each operation of the API: one table, read by the security matrix (every operation of
// the OpenAPI document must have its line here) and meant for the API guards and the portals'
// navigation. A new route adds one line; the matrix then proves that every other role gets 403.

export type ActorRole = 'applicant' | `employer:${EmployerStaffRole}` | `bureau:${BureauRole}`;

const bureau = bureauRoles.map((r) => `bureau:${r}` as const);
export const actorRoles: readonly ActorRole[] = ['applicant', 'employer:admin', 'employer:hr', ...bureau];

/** Who an account is, as far as the table cares: the session's actor or the portal's signed-in user. */
export type RoleHolder = Pick<Actor, 'kind' | 'roles'> & {
  employerRole?: EmployerStaffRole | null | undefined;
};

/** The roles an account acts in: a bureau account may hold several. */
export function actorRolesOf(actor: RoleHolder): ActorRole[] {
  if (actor.kind === 'applicant') return ['applicant'];
  if (actor.kind === 'employer') return actor.employerRole ? [`employer:${actor.employerRole}`] : [];
  return actor.roles.map((r) => `bureau:${r}` as const);
}

/** 'public': no session needed; otherwise the roles allowed (any one suffices). */
export type OperationAccess = 'public' | readonly ActorRole[];

const signedIn = actorRoles;
const employer = ['employer:admin', 'employer:hr'] as const;
const employerAdmin = ['employer:admin'] as const;
const applicant = ['applicant'] as const;
const b = (...roles: BureauRole[]) => roles.map((r) => `bureau:${r}` as const);
/** Every bureau role but the given ones. */
const bureauExcept = (...roles: BureauRole[]) => b(...bureauRoles.filter((r) => !roles.includes(r)));

/** Keyed "METHOD /api/path/{param}" exactly as the OpenAPI document lists the operation. */
const access = {
  'GET /api/health': 'public',
  'POST /api/auth/sign-up/applicant': 'public',
  'POST /api/auth/sign-up/employer': 'public',
  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/sign-out': 'public',
  // uniform answers whoever asks (decision 0009)
  'POST /api/auth/codes': 'public',
  'POST /api/auth/password-reset': 'public',
  'GET /api/me': signedIn,
  'PUT /api/me/profile': applicant,
  'GET /api/me/resident-id': signedIn,
  'POST /api/me/password': signedIn,
  'GET /api/bureau/applicants/{id}': bureauExcept('finance'),
  'POST /api/bureau/applicants/{id}/reveal-resident-id': b('reviewer', 'registrar', 'admin'),
  'GET /api/bureau/staff': b('admin', 'auditor'),
  'POST /api/bureau/staff': b('admin'),
  'PATCH /api/bureau/staff/{id}': b('admin'),
  'POST /api/bureau/staff/{id}/unlock': b('admin'),
  'POST /api/bureau/staff/{id}/password-reset': b('admin'),
  // elevated roles wait for a second admin (decision 0008); auditors read what waits
  'GET /api/bureau/staff-grants': b('admin', 'auditor'),
  'POST /api/bureau/staff-grants/{id}/confirm': b('admin'),
  'POST /api/bureau/staff-grants/{id}/refuse': b('admin'),
  'POST /api/me/identity-disputes': applicant,
  'GET /api/bureau/identity-disputes': b('reviewer', 'admin', 'auditor'),
  'POST /api/bureau/applicants/{id}/verify-identity': b('reviewer'),
  // the trail itself: those who audit and those who answer for the platform (decision 0010)
  'GET /api/audit': b('admin', 'auditor'),
  'GET /api/audit/verification': b('admin', 'auditor'),
  'GET /api/notifications': signedIn,
  'POST /api/notifications/read-all': signedIn,
  'POST /api/notifications/{id}/read': signedIn,
  'POST /api/settlements': applicant,
  'GET /api/settlements': applicant,
  // employers: the cases naming them (collective household, reported job)
  'GET /api/settlements/{id}': [...applicant, ...employer, ...bureau],
  'PUT /api/settlements/{id}': applicant,
  // the settlement machine decides which of these fires which event
  'POST /api/settlements/{id}/events': [...applicant, ...employer, ...b('reviewer', 'registrar')],
  'POST /api/settlements/{id}/reveal': b('reviewer', 'registrar'),
  'GET /api/applicant/profile': applicant,
  'PUT /api/applicant/profile': applicant,
  'POST /api/documents': signedIn,
  'GET /api/documents': signedIn,
  // its owner, or bureau staff for a case's document
  'GET /api/documents/{id}/content': signedIn,
  'GET /api/reference/police-stations': signedIn,
  'GET /api/reference/collective-employers': signedIn,
  'GET /api/reference/employers': signedIn,
  'GET /api/settlements/{id}/permit': [...applicant, ...employer, ...bureau],
  'GET /api/public/permits/{code}': 'public',
  'GET /api/policy/current': signedIn,
  'GET /api/policy/versions': bureau,
  'POST /api/policy/versions': b('admin'),
  'GET /api/policy/versions/{key}/diff': bureau,
  'GET /api/employer/organisation': employer,
  'PUT /api/employer/organisation': employerAdmin,
  'GET /api/employer/staff': employerAdmin,
  'POST /api/employer/staff': employerAdmin,
  'GET /api/employer/talent': employer,
  'GET /api/bureau/employers': b('reviewer', 'admin', 'auditor'),
  'POST /api/bureau/employers/{id}/decision': b('reviewer', 'admin'),
  'GET /api/employer/collective-requests': employer,
  'POST /api/employer/collective-requests/{applicationId}/accept': employer,
  'POST /api/employer/collective-requests/{applicationId}/decline': employer,
  'GET /api/employer/employment-reports': employer,
  'POST /api/employer/employment-reports/{id}/confirm': employer,
  'POST /api/employer/employment-reports/{id}/decline': employer,
  'GET /api/bureau/settlements/counts': bureauExcept('finance'),
  'GET /api/bureau/settlements': bureauExcept('finance'),
  'GET /api/disbursements/preview': b('finance'),
  'GET /api/disbursements/failed-lines': b('reviewer', 'finance', 'auditor'),
  'POST /api/disbursements/failed-lines/{id}/reissue': b('reviewer', 'finance'),
  'GET /api/disbursements': b('finance', 'auditor'),
  'POST /api/disbursements': b('finance'),
  'GET /api/disbursements/{id}': b('finance', 'auditor'),
  'GET /api/disbursements/{id}/lines': b('finance', 'auditor'),
  'POST /api/disbursements/{id}/events': b('finance'),
  'GET /api/disbursements/{id}/roster.csv': b('finance'),
  'GET /api/disbursements/{id}/roster.xlsx': b('finance'),
  'POST /api/disbursements/{id}/results': b('finance'),
  'GET /api/disbursements/{id}/imports': b('finance', 'auditor'),
  // the roster went to the bank: said by finance, never by a download (decision 0012)
  'POST /api/disbursements/{id}/send': b('finance'),
  // a payee's new account: entered by staff from evidence or by the applicant on their own claim,
  // verified by a second person (decision 0012)
  'POST /api/payee-account-changes': ['applicant', ...b('reviewer', 'finance')],
  'GET /api/payee-account-changes': b('reviewer', 'approver', 'finance', 'auditor'),
  'POST /api/payee-account-changes/{id}/verify': b('reviewer', 'approver', 'finance'),
  'POST /api/payee-account-changes/{id}/reject': b('reviewer', 'approver', 'finance'),
  'GET /api/me/payments': applicant,
  'GET /api/payment-holds': b('finance', 'auditor'),
  'GET /api/bureau/clawbacks': bureauExcept('registrar'),
  'GET /api/bureau/clawbacks/counts': bureauExcept('registrar'),
  'GET /api/bureau/clawbacks/{id}': bureauExcept('registrar'),
  // the award machine decides which of these fires which event: assess (reviewer), repaid (finance), waive (approver)
  'POST /api/bureau/clawbacks/{id}/events': b('reviewer', 'finance', 'approver'),
  'GET /api/employer/awards': employer,
  'POST /api/employer/awards/{id}/contributions': employer,
  'POST /api/employer/awards/{id}/departure': employer,
  'POST /api/bureau/contribution-imports': b('reviewer', 'finance', 'admin'),
  'GET /api/bureau/contribution-imports': bureauExcept('registrar'),
  'GET /api/bureau/contribution-imports/{id}': bureauExcept('registrar'),
  'GET /api/subsidy-statistics': bureauExcept('registrar'),
  'GET /api/subsidy-statistics/export.csv': bureauExcept('registrar'),
  'GET /api/subsidy-claims/eligibility': applicant,
  'POST /api/subsidy-claims/preview': applicant,
  'POST /api/subsidy-claims': applicant,
  'GET /api/subsidy-claims': bureauExcept('registrar'),
  'GET /api/subsidy-claims/mine': applicant,
  'GET /api/subsidy-claims/counts': bureauExcept('registrar'),
  'GET /api/subsidy-claims/{id}': [...applicant, ...bureau],
  'PUT /api/subsidy-claims/{id}': applicant,
  // the claim machine decides which of these fires which event
  'POST /api/subsidy-claims/{id}/events': [...applicant, ...b('reviewer', 'approver')],
  'POST /api/subsidy-claims/{id}/reveal': b('reviewer', 'approver', 'finance'),
  'GET /api/bureau/public-notices': bureauExcept('registrar'),
  'POST /api/bureau/public-notices': b('approver'),
  'GET /api/bureau/public-notices/candidates': bureauExcept('registrar'),
  'GET /api/bureau/public-notices/{id}': bureauExcept('registrar'),
  'POST /api/bureau/public-notices/{id}/publish': b('approver'),
  'POST /api/bureau/public-notices/{id}/discard': b('approver'),
  'POST /api/bureau/public-notices/{id}/close': b('approver'),
  'POST /api/bureau/public-notices/{id}/objections': b('reviewer', 'approver'),
  'POST /api/bureau/notice-objections/{id}/resolution': b('approver'),
  'GET /api/public/notices': 'public',
  'GET /api/public/notices/{id}': 'public',
  'GET /api/talent-cards': bureauExcept('finance'),
  'POST /api/talent-cards': b('reviewer', 'admin'),
  'GET /api/talent-cards/counts': bureauExcept('finance'),
  'GET /api/talent-cards/{id}/history': bureauExcept('finance'),
  'GET /api/talent-cards/mine': applicant,
  'GET /api/talent-cards/import-template.csv': bureauExcept('finance'),
  'PATCH /api/talent-cards/{id}': b('reviewer', 'admin'),
  'POST /api/talent-cards/{id}/revoke': b('reviewer', 'admin'),
  'POST /api/talent-cards/{id}/reveal': b('reviewer', 'admin'),
  'POST /api/talent-cards/imports': b('reviewer', 'admin'),
  'GET /api/talent-cards/imports': bureauExcept('finance'),
  'GET /api/talent-cards/imports/{id}': bureauExcept('finance'),
  'POST /api/talent-cards/imports/{id}/commit': b('reviewer', 'admin'),
  'GET /api/service-level': bureau,
} satisfies Record<string, OperationAccess>;

/** An operation of the API as the table names it: a renamed route fails the typecheck where it is named. */
export type Operation = keyof typeof access;
export const operationAccess: Readonly<Record<string, OperationAccess>> = access;

export function accessOf(operation: Operation): OperationAccess {
  return access[operation];
}
