import type {
  AccountKind,
  AwardLineKind,
  AwardState,
  CodePurpose,
  CollectiveStatus,
  DisbursementBatchState,
  ElevatedBureauRole,
  EmployerStaffRole,
  EmployerStatus,
  EmploymentReportStatus,
  MemberRelation,
  NoticeState,
  ObjectionSource,
  ObjectionState,
  OrgType,
  PaymentLineState,
  SettlementPlace,
  SettlementRoute,
  SettlementState,
  SubsidyClaimState,
  TalentCardStatus,
  Tier,
} from '@talent/domain';
import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable, Updateable } from 'kysely';

// The source of the row types: repositories read Selectable<…>, write Insertable<…>/Updateable<…>.
// Value lists the domain owns are imported from it (the migrations' checks mirror them); schema.test.ts
// holds this file to the migrated catalogue, column by column: data type and nullability.

/** A timestamptz the writer must give (or, if nullable, may). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamptz with a database default: optional on insert, settable later. */
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Set once by the database when the row is made. */
type CreatedAt = GeneratedAlways<Date>;

/** jsonb: read as parsed JSON (an object or array), written as its text. */
type Json<T extends object> = ColumnType<T, string, string>;
/** jsonb with a database default ('{}'): optional on insert. */
type DefaultedJson<T extends object> = ColumnType<T, string | undefined, string>;

export interface EmployerTable {
  id: Generated<string>;
  uscc: string;
  name: string;
  status: ColumnType<EmployerStatus, EmployerStatus | undefined>;
  uscc_warnings: ColumnType<string[], string[] | undefined, string[]>;
  contact_name: string;
  contact_mobile: string;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reason: string | null;
  org_type: OrgType | null;
  county_code: string | null;
  address: string | null;
  licence_document_id: string | null;
  keeps_collective_household: Generated<boolean>;
  collective_capacity: Generated<number>;
  created_at: CreatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  kind: AccountKind;
  login: string;
  name: string;
  password_hash: string;
  roles: ColumnType<string[], string[] | undefined, string[]>;
  employer_id: string | null;
  employer_role: EmployerStaffRole | null;
  resident_id_enc: string | null;
  resident_id_hmac: string | null;
  disabled_at: Timestamp | null;
  password_changed_at: DefaultedTimestamp;
  /** Set when an admin gave a temporary password: the next sign-in must choose a new one. */
  must_change_password: Generated<boolean>;
  created_at: CreatedAt;
  /** Staff only: the person's resident ID (decision 0008). */
  person_id_enc: string | null;
  person_id_hmac: string | null;
  identity_verified_at: Timestamp | null;
  identity_verified_by: string | null;
  identity_verification_method: 'card_registry' | 'bureau_document_check' | null;
}

export interface StaffRoleGrantTable {
  id: Generated<string>;
  user_id: string;
  role: ElevatedBureauRole;
  state: Generated<'pending' | 'confirmed' | 'refused' | 'cancelled'>;
  requested_by: string;
  requested_at: DefaultedTimestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

export interface IdentityDisputeTable {
  id: Generated<string>;
  claimant_user_id: string;
  holder_user_id: string | null;
  resident_id_hmac: string;
  state: Generated<'open' | 'resolved'>;
  note: string | null;
  created_at: CreatedAt;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  resolution: string | null;
}

export interface UserSessionTable {
  id: string;
  user_id: string;
  expires_at: Timestamp;
  created_at: CreatedAt;
}

export interface SignInThrottleTable {
  key: string;
  account_key: string | null;
  failures: number;
  last_failure_at: DefaultedTimestamp;
}

export interface VerificationCodeTable {
  id: Generated<number>;
  purpose: CodePurpose;
  mobile_key: string;
  code_hash: string;
  attempts: Generated<number>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: DefaultedTimestamp;
  actor_id: string | null;
  actor_kind: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  request_id: string | null;
  details: DefaultedJson<Record<string, unknown>>;
  /** The hash chain (db/src/auditChain.ts): dense order, the previous row's hash, this row's. */
  seq: number;
  prev_hash: string;
  hash: string;
}

/** Where the chain resumes after an operator archived its oldest rows. */
export interface AuditCheckpointTable {
  seq: number;
  hash: string;
  archived_rows: number;
  archived_at: DefaultedTimestamp;
  note: string;
}

export interface DocumentTable {
  id: Generated<string>;
  owner_user_id: string;
  sha256: string;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  original_name: string;
  created_at: CreatedAt;
}

export interface DocumentBlobTable {
  sha256: string;
  bytes: Uint8Array;
  size_bytes: number;
  created_at: CreatedAt;
}

export interface ApplicantProfileTable {
  user_id: string;
  registered_place: string | null;
  school: string | null;
  tier: Tier | null;
  major: string | null;
  graduation_date: string | null;
  certificate_no: string | null;
  updated_at: DefaultedTimestamp;
}

export interface PoliceStationTable {
  id: Generated<string>;
  county_code: string;
  name: string;
}

export interface SettlementApplicationTable {
  id: Generated<string>;
  number: string;
  applicant_user_id: string;
  resident_id_hmac: string;
  route: SettlementRoute;
  state: SettlementState;
  settle_at: SettlementPlace;
  county_code: string;
  address: string | null;
  employer_id: string | null;
  police_station_id: string | null;
  /** The relative whose household the applicant joins (their resident ID encrypted). */
  relative: Json<{ name: string; residentIdEnc: string; relation: string }> | null;
  /** The education submitted with the application, a snapshot of the profile's fields. */
  education: Json<Record<string, string>> | null;
  tier: Tier | null;
  green_channel: Generated<boolean>;
  eligibility: Json<object> | null;
  collective_status: CollectiveStatus | null;
  collective_reason: string | null;
  collective_decided_at: Timestamp | null;
  collective_decided_by: string | null;
  submitted_at: Timestamp | null;
  due_on: string | null;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reason: string | null;
  registered_at: Timestamp | null;
  registration_date: string | null;
  household_number: string | null;
  employment_report_closes_on: string | null;
  idempotency_key: string | null;
  electronic_transfer: Generated<boolean>;
  // The talent-card green channel (二(一)5).
  talent_card_number: string | null;
  talent_card_id: string | null;
  instant_approved_at: Timestamp | null;
  overdue_alerted_at: Timestamp | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface SettlementMemberTable {
  id: Generated<string>;
  application_id: string;
  name: string;
  relation: MemberRelation;
  resident_id_enc: string;
  resident_id_hmac: string;
  document_id: string | null;
  /** The applicant's order of the members (criteria name a member by index). */
  position: Generated<number>;
}

export interface SettlementDocumentTable {
  application_id: string;
  document_id: string;
  kind: string;
}

export interface MoveInPermitTable {
  id: Generated<string>;
  application_id: string;
  number: string;
  verification_code: string;
  masked_name: string;
  issued_at: DefaultedTimestamp;
}

export interface EmploymentReportTable {
  id: Generated<string>;
  application_id: string;
  applicant_user_id: string;
  employer_id: string;
  contract_start: string;
  contract_months: number;
  position: string;
  status: EmploymentReportStatus;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: string;
  kind: string;
  /** The message's placeholders, filled in by the reader's language. */
  params: DefaultedJson<Record<string, string | number>>;
  entity: string | null;
  entity_id: string | null;
  read_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface SmsOutboxTable {
  id: Generated<number>;
  /** Null for a message to a mobile that has no account yet (a sign-up code). */
  user_id: string | null;
  mobile: string | null;
  template: string;
  params: DefaultedJson<Record<string, unknown>>;
  status: ColumnType<'pending' | 'sent' | 'failed', 'pending' | 'sent' | 'failed' | undefined>;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
}

export interface ReminderTable {
  id: Generated<number>;
  application_id: string;
  kind: string;
  due_on: string;
  sent_at: Timestamp | null;
}

export interface CalendarDayTable {
  day: string;
  kind: 'holiday' | 'workday';
  name: string | null;
}

export interface PolicyVersionTable {
  id: Generated<string>;
  effective_from: string;
  body: Json<object>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface SubsidyClaimTable {
  id: Generated<string>;
  number: string;
  applicant_user_id: string;
  resident_id_hmac: string;
  settlement_application_id: string;
  employer_id: string | null;
  county_code: string;
  tier: Tier;
  state: SubsidyClaimState;
  bank_name: string;
  bank_account_enc: string;
  bank_account_masked: string;
  idempotency_key: string | null;
  claim_date: string | null;
  policy_version_id: string | null;
  eligibility: Json<object> | null;
  submitted_at: Timestamp | null;
  due_on: string | null;
  recommended_by: string | null;
  recommended_at: Timestamp | null;
  approved_by: string | null;
  approved_at: Timestamp | null;
  decision_reason: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface AwardTable {
  id: Generated<string>;
  claim_id: string;
  applicant_user_id: string;
  employer_id: string | null;
  county_code: string;
  tier: Tier;
  policy_version_id: string;
  state: AwardState;
  start_date: string | null;
  service_ends_on: string | null;
  total_fen: number;
  settling_in_fen: number;
  living_allowance_fen: number;
  calculation: Json<object>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface PaymentLineTable {
  id: Generated<string>;
  award_id: string;
  applicant_user_id: string;
  line_key: string;
  kind: AwardLineKind;
  sequence: number;
  of_count: number;
  amount_fen: number;
  due_date: string;
  state: PaymentLineState;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
  /** The batch the instalment is (or was last) in; its outcome there. */
  batch_id: string | null;
  paid_on: string | null;
  failure_reason: string | null;
  reissued_count: Generated<number>;
}

// Paying money: batches, their roster lines (发放花名册) and the bank's result files.
export interface DisbursementBatchTable {
  id: Generated<string>;
  number: string;
  state: DisbursementBatchState;
  due_as_of: string;
  line_count: number;
  total_fen: number;
  paid_count: Generated<number>;
  paid_fen: Generated<number>;
  failed_count: Generated<number>;
  prepared_by: string;
  prepared_at: DefaultedTimestamp;
  approved_by: string | null;
  approved_at: Timestamp | null;
  exported_at: Timestamp | null;
  /** Who marked the roster as sent to the bank (exported_at is when). */
  sent_by: string | null;
  /** Lines taken out before the bank saw them because their award stopped. */
  withdrawn_count: Generated<number>;
  withdrawn_fen: Generated<number>;
  reconciled_by: string | null;
  reconciled_at: Timestamp | null;
  cancelled_by: string | null;
  cancelled_at: Timestamp | null;
  cancel_reason: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface DisbursementLineTable {
  id: Generated<string>;
  batch_id: string;
  line_no: number;
  payment_line_id: string;
  applicant_user_id: string;
  amount_fen: number;
  payee_name_enc: string;
  payee_name_masked: string;
  bank_name: string;
  payee_account_enc: string;
  payee_account_masked: string;
  result: 'pending' | 'paid' | 'failed' | 'released' | 'withdrawn';
  failure_reason: string | null;
  bank_reference: string | null;
  result_at: Timestamp | null;
  import_id: string | null;
  withdrawn_reason: 'award_stopped' | null;
  /** The award stopped while this line was with the bank: a failed answer is not reissued. */
  award_stopped_at: Timestamp | null;
}

/** A payee's new account, entered by one person and verified by another before any payment uses it. */
export interface PayeeAccountChangeTable {
  id: Generated<string>;
  claim_id: string;
  bank_name: string;
  bank_account_enc: string;
  bank_account_masked: string;
  evidence: string | null;
  entered_by: string;
  entered_by_kind: 'applicant' | 'bureau';
  state: 'pending' | 'verified' | 'rejected';
  decided_by: string | null;
  decided_at: Timestamp | null;
  reject_reason: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface BankResultImportTable {
  id: Generated<string>;
  batch_id: string;
  file_name: string;
  sha256: string;
  format: 'csv' | 'xlsx';
  status: 'validated' | 'applied' | 'rejected';
  row_count: number;
  paid_count: Generated<number>;
  failed_count: Generated<number>;
  issue_count: Generated<number>;
  report: Json<object>;
  created_by: string;
  created_at: CreatedAt;
  applied_at: Timestamp | null;
}

// 陇原人才服务卡: the bureau's card registry and the files it was imported from.
export interface TalentCardTable {
  id: Generated<string>;
  card_number: string;
  holder_name: string;
  holder_resident_id_enc: string;
  holder_resident_id_hmac: string;
  tier: string;
  issue_date: string;
  expiry_date: string;
  status: ColumnType<TalentCardStatus, TalentCardStatus | undefined>;
  revoked_reason: string | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  expiry_notified_at: Timestamp | null;
  import_id: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface TalentCardImportTable {
  id: Generated<string>;
  file_name: string;
  sha256: string;
  format: 'csv' | 'xlsx';
  status: 'validated' | 'committed';
  row_count: number;
  valid_count: number;
  report: Json<object>;
  committed_mode: 'all' | 'valid_only' | null;
  committed_count: number | null;
  created_by: string;
  created_at: CreatedAt;
  committed_at: Timestamp | null;
  committed_by: string | null;
}

export interface ContributionImportTable {
  id: Generated<string>;
  file_name: string;
  format: 'csv' | 'xlsx';
  status: 'applied' | 'rejected';
  row_count: number;
  applied_count: number;
  skipped_count: number;
  error_count: number;
  report: Json<object>;
  created_by: string;
  created_at: CreatedAt;
}

export interface SocialInsuranceContributionTable {
  id: Generated<string>;
  applicant_user_id: string;
  employer_id: string;
  /** First day of the month paid for, 'YYYY-MM-01'. */
  month: string;
  source: 'employer' | 'import';
  confirmed_by: string;
  import_id: string | null;
  created_at: CreatedAt;
}

export interface DepartureTable {
  id: Generated<string>;
  award_id: string;
  employer_id: string;
  departed_on: string;
  within_commitment: boolean;
  reported_by: string;
  reported_at: DefaultedTimestamp;
}

export interface ClawbackTable {
  id: Generated<string>;
  award_id: string;
  amount_fen: number;
  unserved_months: number;
  calculation: Json<object>;
  state: 'due' | 'recovered' | 'waived';
  assessed_by: string;
  assessed_at: DefaultedTimestamp;
  recovered_on: string | null;
  recorded_by: string | null;
  waived_by: string | null;
  waive_reason: string | null;
  version: Generated<number>;
  updated_at: DefaultedTimestamp;
}

export interface PublicNoticeTable {
  id: Generated<string>;
  number: string;
  title: string;
  state: NoticeState;
  objection_contact: string;
  policy_version_id: string | null;
  published_on: string | null;
  ends_on: string | null;
  created_by: string;
  published_by: string | null;
  published_at: Timestamp | null;
  closed_by: string | null;
  closed_at: Timestamp | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface PublicNoticeEntryTable {
  id: Generated<string>;
  notice_id: string;
  claim_id: string;
  masked_name: string;
  masked_resident_id: string;
  tier: Tier;
  county_code: string;
  amount_fen: number;
  outcome: 'awarded' | 'returned' | null;
  decided_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface NoticeObjectionTable {
  id: Generated<string>;
  notice_id: string;
  claim_id: string;
  source: ObjectionSource;
  summary: string;
  recorded_by: string;
  state: ObjectionState;
  resolution_reason: string | null;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  version: Generated<number>;
  created_at: CreatedAt;
}

export interface Database {
  employer: EmployerTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  sign_in_throttle: SignInThrottleTable;
  verification_code: VerificationCodeTable;
  audit_log: AuditLogTable;
  audit_checkpoint: AuditCheckpointTable;
  document: DocumentTable;
  document_blob: DocumentBlobTable;
  applicant_profile: ApplicantProfileTable;
  police_station: PoliceStationTable;
  settlement_application: SettlementApplicationTable;
  settlement_member: SettlementMemberTable;
  settlement_document: SettlementDocumentTable;
  move_in_permit: MoveInPermitTable;
  employment_report: EmploymentReportTable;
  notification: NotificationTable;
  sms_outbox: SmsOutboxTable;
  reminder: ReminderTable;
  calendar_day: CalendarDayTable;
  policy_version: PolicyVersionTable;
  subsidy_claim: SubsidyClaimTable;
  award: AwardTable;
  payment_line: PaymentLineTable;
  disbursement_batch: DisbursementBatchTable;
  disbursement_line: DisbursementLineTable;
  payee_account_change: PayeeAccountChangeTable;
  bank_result_import: BankResultImportTable;
  public_notice: PublicNoticeTable;
  public_notice_entry: PublicNoticeEntryTable;
  notice_objection: NoticeObjectionTable;
  talent_card: TalentCardTable;
  talent_card_import: TalentCardImportTable;
  contribution_import: ContributionImportTable;
  social_insurance_contribution: SocialInsuranceContributionTable;
  departure: DepartureTable;
  clawback: ClawbackTable;
  staff_role_grant: StaffRoleGrantTable;
  identity_dispute: IdentityDisputeTable;
}

export type Employer = Selectable<EmployerTable>;
export type NewEmployer = Insertable<EmployerTable>;
export type AppUser = Selectable<AppUserTable>;
export type NewAppUser = Insertable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;
export type AuditEntry = Selectable<AuditLogTable>;
