import { unique } from '@talent/db/testing';
import type { SettlementState } from '@talent/domain';
import { makeResidentId } from '@talent/domain/fakes';
import type { TestHarness } from '../../testing/index.js';

// Test data for subsidy claims, written straight to the database: each test makes its own.

export const bankInput = { bankName: '中国建设银行', bankAccount: '6217 0012 3456 7890 123' };

/**
 * A bachelor graduate aged 25 who settled first and whose job the employer confirmed (state
 * employment_confirmed): everything a claim needs.
 */
export async function confirmedGraduate(
  h: TestHarness,
  options: { tier?: 'bachelor' | 'master' | 'doctorate'; state?: SettlementState; name?: string } = {},
) {
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const residentId = makeResidentId({
    birthDate: `2001-${month}-${day}`,
    seq: Math.floor(Math.random() * 999),
    sex: Math.random() < 0.5 ? 'male' : 'female',
  });
  const user = await h.applicant({ residentId, name: options.name ?? '王小丽' });
  const employer = await h.employerStaff({ status: 'verified', role: 'hr' });
  await h.db
    .updateTable('employer')
    .set({ county_code: '621002' })
    .where('id', '=', employer.employerId)
    .execute();
  const app = await h.db
    .insertInto('settlement_application')
    .values({
      number: unique('QYLH-T'),
      applicant_user_id: user.id,
      resident_id_hmac: unique('hmac'),
      route: 'graduate',
      state: options.state ?? 'employment_confirmed',
      settle_at: 'police_station_collective',
      county_code: '621002',
      tier: options.tier ?? 'bachelor',
      submitted_at: new Date(),
      registered_at: new Date(),
      registration_date: '2026-01-05',
      employment_report_closes_on: '2028-01-05',
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  await h.db
    .insertInto('employment_report')
    .values({
      application_id: app.id,
      applicant_user_id: user.id,
      employer_id: employer.employerId,
      contract_start: '2026-03-01',
      contract_months: 36,
      position: '软件工程师',
      status: options.state === 'employment_reported' ? 'reported' : 'confirmed',
    })
    .execute();
  return { ...user, application: app, employer };
}

type View = { id: string; state: string; version: number; [k: string]: unknown };

export async function claim(h: TestHarness, user: { cookie: string }, headers: Record<string, string> = {}) {
  const res = await h.call('POST', '/api/subsidy-claims', { cookie: user.cookie, body: bankInput, headers });
  if (res.status !== 201) throw new Error(`claim answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { item: View }).item;
}

export function fire(
  h: TestHarness,
  user: { cookie: string },
  view: { id: string; version: number },
  event: string,
  reason?: string,
) {
  return h.call('POST', `/api/subsidy-claims/${view.id}/events`, {
    cookie: user.cookie,
    body: { event, version: view.version, ...(reason ? { reason } : {}) },
  });
}

/** Fires and expects success; returns the claim as it now is. */
export async function step(
  h: TestHarness,
  user: { cookie: string },
  view: { id: string; version: number },
  event: string,
  reason?: string,
): Promise<View> {
  const res = await fire(h, user, view, event, reason);
  if (res.status !== 200) throw new Error(`${event} answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { item: View }).item;
}

/** A claim through 初审 (recommended), with its reviewer and a separate approver. */
export async function recommendedClaim(h: TestHarness) {
  const g = await confirmedGraduate(h);
  const reviewer = await h.bureau(['reviewer']);
  const approver = await h.bureau(['approver']);
  let view = await claim(h, g);
  view = await step(h, reviewer, view, 'start_review');
  view = await step(h, reviewer, view, 'recommend');
  return { g, reviewer, approver, view };
}
