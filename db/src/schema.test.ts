import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from './schema.js';
import { getTestDb } from './testing.js';

// The compiler makes this list match the Database interface exactly (a missing or extra key is a
// type error); the test makes the live catalogue match the list. Together: no drift.
type Columns = { [T in keyof Database]: { [C in keyof Database[T]]-?: true } };
const all = <T extends Record<string, true>>(cols: T) => Object.keys(cols);
const declared: Columns = {
  employer: {
    id: true,
    uscc: true,
    name: true,
    status: true,
    uscc_warnings: true,
    contact_name: true,
    contact_mobile: true,
    decided_at: true,
    decided_by: true,
    decision_reason: true,
    org_type: true,
    county_code: true,
    address: true,
    licence_document_id: true,
    keeps_collective_household: true,
    collective_capacity: true,
    created_at: true,
  },
  app_user: {
    id: true,
    kind: true,
    login: true,
    name: true,
    password_hash: true,
    roles: true,
    employer_id: true,
    employer_role: true,
    resident_id_enc: true,
    resident_id_hmac: true,
    disabled_at: true,
    password_changed_at: true,
    created_at: true,
  },
  user_session: { id: true, user_id: true, expires_at: true, created_at: true },
  sign_in_failure: { id: true, throttle_key: true, at: true },
  audit_log: {
    id: true,
    at: true,
    actor_id: true,
    actor_kind: true,
    action: true,
    entity: true,
    entity_id: true,
    request_id: true,
    details: true,
  },
  document: {
    id: true,
    owner_user_id: true,
    sha256: true,
    mime: true,
    size_bytes: true,
    original_name: true,
    created_at: true,
  },
  applicant_profile: {
    user_id: true,
    registered_place: true,
    school: true,
    tier: true,
    major: true,
    graduation_date: true,
    certificate_no: true,
    updated_at: true,
  },
  police_station: { id: true, county_code: true, name: true },
  settlement_application: {
    id: true,
    number: true,
    applicant_user_id: true,
    resident_id_hmac: true,
    route: true,
    state: true,
    settle_at: true,
    county_code: true,
    address: true,
    employer_id: true,
    police_station_id: true,
    relative: true,
    education: true,
    tier: true,
    green_channel: true,
    eligibility: true,
    collective_status: true,
    collective_reason: true,
    collective_decided_at: true,
    collective_decided_by: true,
    submitted_at: true,
    due_on: true,
    decided_at: true,
    decided_by: true,
    decision_reason: true,
    registered_at: true,
    registration_date: true,
    household_number: true,
    employment_report_closes_on: true,
    idempotency_key: true,
    electronic_transfer: true,
    version: true,
    created_at: true,
    updated_at: true,
  },
  settlement_member: {
    id: true,
    application_id: true,
    name: true,
    relation: true,
    resident_id_enc: true,
    resident_id_hmac: true,
    document_id: true,
  },
  settlement_document: { application_id: true, document_id: true, kind: true },
  move_in_permit: {
    id: true,
    application_id: true,
    number: true,
    verification_code: true,
    masked_name: true,
    issued_at: true,
  },
  employment_report: {
    id: true,
    application_id: true,
    applicant_user_id: true,
    employer_id: true,
    contract_start: true,
    contract_months: true,
    position: true,
    status: true,
    decision_reason: true,
    decided_by: true,
    decided_at: true,
    created_at: true,
  },
  notification: {
    id: true,
    user_id: true,
    kind: true,
    params: true,
    entity: true,
    entity_id: true,
    read_at: true,
    created_at: true,
  },
  sms_outbox: {
    id: true,
    user_id: true,
    template: true,
    params: true,
    status: true,
    created_at: true,
    sent_at: true,
  },
  reminder: { id: true, application_id: true, kind: true, due_on: true, sent_at: true },
  calendar_day: { day: true, kind: true, name: true },
  policy_version: { id: true, effective_from: true, body: true, created_by: true, created_at: true },
};

describe('Database interface', () => {
  it('matches the migrated catalogue, table by table and column by column', async () => {
    const { db } = await getTestDb();
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and table_name not like 'kysely_%'`.execute(db);
    const live: Record<string, string[]> = {};
    for (const r of rows) {
      live[r.table_name] ??= [];
      live[r.table_name]?.push(r.column_name);
    }
    const expected = Object.fromEntries(Object.entries(declared).map(([t, cols]) => [t, all(cols).sort()]));
    for (const cols of Object.values(live)) cols.sort();
    expect(live).toEqual(expected);
  });
});
