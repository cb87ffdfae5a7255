import { unique } from '@talent/db/testing';
import type { CollectiveStatus, SettlementState } from '@talent/domain';
import type { TestHarness } from '../../testing/index.js';

// Test data for the employer side, written straight to the database: each test makes its own.

/** A verified organisation keeping a collective household; its admin and an HR officer, signed in. */
export async function verifiedOrganisation(h: TestHarness, options: { capacity?: number } = {}) {
  const admin = await h.employerStaff({ status: 'verified', role: 'admin' });
  await h.db
    .updateTable('employer')
    .set({
      keeps_collective_household: true,
      collective_capacity: options.capacity ?? 5,
      county_code: '621002',
      org_type: 'enterprise',
      address: '西峰区长庆大道1号',
    })
    .where('id', '=', admin.employerId)
    .execute();
  const hr = await staffOf(h, admin.employerId, 'hr');
  return { admin, hr, employerId: admin.employerId };
}

/** Another signed-in account of the same organisation. */
export async function staffOf(h: TestHarness, employerId: string, role: 'admin' | 'hr') {
  const other = await h.employerStaff({ role });
  await h.db.updateTable('app_user').set({ employer_id: employerId }).where('id', '=', other.id).execute();
  return { ...other, employerId };
}

/**
 * A graduate's application naming the organisation's collective household, as the settlement
 * capability leaves it after submission (state submitted, the employer asked).
 */
export async function collectiveRequest(
  h: TestHarness,
  employerId: string,
  options: { state?: SettlementState; status?: CollectiveStatus; name?: string } = {},
) {
  const applicant = await h.applicant({ name: options.name ?? '张三丰' });
  const row = await h.db
    .insertInto('settlement_application')
    .values({
      number: unique('QYLH-T'),
      applicant_user_id: applicant.id,
      resident_id_hmac: unique('hmac'),
      route: 'graduate',
      state: options.state ?? 'submitted',
      settle_at: 'employer_collective',
      county_code: '621002',
      employer_id: employerId,
      tier: 'master',
      education: JSON.stringify({ school: '兰州大学', graduationDate: '2025-06-30', tier: 'master' }),
      collective_status: options.status ?? 'pending',
      submitted_at: new Date(),
    })
    .returning(['id', 'number', 'version'])
    .executeTakeFirstOrThrow();
  return { ...row, applicant };
}

/** A registered graduate who reported working for the organisation (state employment_reported). */
export async function reportedEmployment(
  h: TestHarness,
  employerId: string,
  options: { name?: string } = {},
) {
  const applicant = await h.applicant({ name: options.name ?? '李小明' });
  const app = await h.db
    .insertInto('settlement_application')
    .values({
      number: unique('QYLH-T'),
      applicant_user_id: applicant.id,
      resident_id_hmac: unique('hmac'),
      route: 'graduate',
      state: 'employment_reported',
      settle_at: 'police_station_collective',
      county_code: '621002',
      tier: 'bachelor',
      submitted_at: new Date(),
      registration_date: '2026-01-05',
      employment_report_closes_on: '2028-01-05',
    })
    .returning(['id', 'number', 'version'])
    .executeTakeFirstOrThrow();
  const report = await h.db
    .insertInto('employment_report')
    .values({
      application_id: app.id,
      applicant_user_id: applicant.id,
      employer_id: employerId,
      contract_start: '2026-03-01',
      contract_months: 36,
      position: '软件工程师',
      status: 'reported',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { app, reportId: report.id, applicant };
}
