import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Hand-checked against the migrations; db.test.ts compares it with the live catalogue.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, never, never>;

export interface EmployerTable {
  id: Generated<string>;
  uscc: string;
  name: string;
  status: ColumnType<'pending' | 'verified' | 'rejected', 'pending' | 'verified' | 'rejected' | undefined>;
  uscc_warnings: ColumnType<string[], string[] | undefined, string[]>;
  contact_name: string;
  contact_mobile: string;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reason: string | null;
  created_at: Generated<CreatedAt>;
}

export interface AppUserTable {
  id: Generated<string>;
  kind: 'applicant' | 'employer' | 'bureau';
  login: string;
  name: string;
  password_hash: string;
  roles: ColumnType<string[], string[] | undefined, string[]>;
  employer_id: string | null;
  employer_role: 'admin' | 'hr' | null;
  resident_id_enc: string | null;
  resident_id_hmac: string | null;
  disabled_at: Timestamp | null;
  password_changed_at: Generated<Timestamp>;
  created_at: Generated<CreatedAt>;
}

export interface UserSessionTable {
  id: string;
  user_id: string;
  expires_at: Timestamp;
  created_at: Generated<CreatedAt>;
}

export interface SignInFailureTable {
  id: Generated<number>;
  throttle_key: string;
  at: Generated<Timestamp>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Timestamp>;
  actor_id: string | null;
  actor_kind: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  request_id: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface Database {
  employer: EmployerTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  sign_in_failure: SignInFailureTable;
  audit_log: AuditLogTable;
}

export type Employer = Selectable<EmployerTable>;
export type NewEmployer = Insertable<EmployerTable>;
export type AppUser = Selectable<AppUserTable>;
export type NewAppUser = Insertable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;
export type AuditEntry = Selectable<AuditLogTable>;
