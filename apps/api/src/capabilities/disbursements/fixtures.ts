import { createScratchDb, testDatabaseUrl, unique } from '@talent/db/testing';
import {
  defaultPolicyVersion,
  maskBankAccount,
  monthIndex,
  monthOfIndex,
  monthsFromTo,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { TEST_ORIGIN, type TestHarness, testPii } from '../../testing/index.js';
import { insertCase } from '../settlement/queue.fixtures.js';

// Test data for disbursement: an awarded claim with an active award and its scheduled instalments,
// written straight into the tables (the claim, review and notice steps have their own tests).

/**
 * A batch takes EVERY due instalment, so the tests of a file must not see each other's (or other
 * files') lines: on PostgreSQL the file gets a scratch database, and each test its own era of due
 * dates, earlier than every era before it, so a batch as of its date takes only its own lines.
 */
export async function disbursementDatabase() {
  return testDatabaseUrl() ? createScratchDb() : undefined;
}

let era = 0;
/** A fresh "as of" date; lines due on or before it belong to this test alone. */
export function freshEra(base: number): { asOf: string; due: (day: number) => string } {
  era += 1;
  const year = base - era;
  return {
    asOf: `${year}-12-31`,
    due: (day) =>
      `${year}-${String(1 + (day % 12)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`,
  };
}

export type AwardFixture = {
  applicant: Awaited<ReturnType<TestHarness['applicant']>>;
  name: string;
  account: string;
  claimId: string;
  awardId: string;
  lineIds: string[];
};

export function uniqueAccount(): string {
  return `6217${String(Math.floor(Math.random() * 1e12)).padStart(12, '0')}`;
}

/**
 * One graduate with an active award whose instalments (amounts in fen) fall due on the given dates.
 * Unless told otherwise, their employer has confirmed social-insurance months from three months
 * before the first due date to the last one, so every instalment meets the payment conditions.
 */
export async function insertAward(
  h: TestHarness,
  lines: { amountFen: number; dueDate: string }[],
  options: {
    awardState?: 'active' | 'stopped';
    contributions?: { from: string; to: string } | 'none';
  } = {},
): Promise<AwardFixture> {
  const name = `付${unique('').slice(-6)}明`;
  const settlement = await insertCase(h, name, { state: 'registered' });
  const account = uniqueAccount();
  const claim = await h.db
    .insertInto('subsidy_claim')
    .values({
      number: unique('SC').toUpperCase(),
      applicant_user_id: settlement.applicant.id,
      resident_id_hmac: testPii.blindIndex(settlement.applicant.residentId ?? name),
      settlement_application_id: settlement.id,
      county_code: '621002',
      tier: 'master',
      state: 'awarded',
      bank_name: '甘肃银行',
      bank_account_enc: testPii.encrypt(account),
      bank_account_masked: maskBankAccount(account),
      claim_date: '2026-01-05',
      policy_version_id: defaultPolicyVersion.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const total = lines.reduce((sum, l) => sum + l.amountFen, 0);
  const award = await h.db
    .insertInto('award')
    .values({
      claim_id: claim.id,
      applicant_user_id: settlement.applicant.id,
      county_code: '621002',
      tier: 'master',
      policy_version_id: defaultPolicyVersion.id,
      state: options.awardState ?? 'active',
      total_fen: total,
      settling_in_fen: 0,
      living_allowance_fen: total,
      calculation: JSON.stringify({ lines: [] }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = await h.db
    .insertInto('payment_line')
    .values(
      lines.map((l, i) => ({
        award_id: award.id,
        applicant_user_id: settlement.applicant.id,
        line_key: `living_allowance-${i + 1}`,
        kind: 'living_allowance' as const,
        sequence: i + 1,
        of_count: lines.length,
        amount_fen: l.amountFen,
        due_date: l.dueDate,
        state: 'scheduled' as const,
      })),
    )
    .returning('id')
    .execute();
  const dues = lines.map((l) => l.dueDate.slice(0, 7)).sort();
  const months = options.contributions ?? {
    from: monthOfIndex(monthIndex(dues[0] ?? '2026-01') - 3),
    to: dues.at(-1) ?? '2026-01',
  };
  if (months !== 'none') await recordContributions(h, settlement.applicant.id, months);
  return {
    applicant: settlement.applicant,
    name,
    account,
    claimId: claim.id,
    awardId: award.id,
    lineIds: rows.map((r) => r.id),
  };
}

/** Social-insurance months (YYYY-MM, inclusive) confirmed for a person by a verified employer. */
export async function recordContributions(
  h: TestHarness,
  applicantUserId: string,
  range: { from: string; to: string },
): Promise<void> {
  const employer = await h.employerStaff({ status: 'verified' });
  await h.db
    .insertInto('social_insurance_contribution')
    .values(
      monthsFromTo(range.from, range.to).map((m) => ({
        applicant_user_id: applicantUserId,
        employer_id: employer.employerId,
        month: `${m}-01`,
        source: 'employer' as const,
        confirmed_by: employer.id,
      })),
    )
    .onConflict((oc) => oc.columns(['applicant_user_id', 'month']).doNothing())
    .execute();
}

export async function lineStates(db: Db, ids: string[]) {
  const rows = await db.selectFrom('payment_line').select(['id', 'state']).where('id', 'in', ids).execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.state]));
}

/** A result file (CSV) as the bank would return it: reference, amount in yuan, result, reason. */
export function resultCsv(lines: (readonly string[])[]): string {
  return `明细号,金额(元),发放结果,失败原因,银行流水号\n${lines.map((l) => l.join(',')).join('\n')}\n`;
}

/** POSTs a file to the results endpoint as multipart/form-data (one part `file`). */
export function uploadResults(
  h: TestHarness,
  batchId: string,
  cookie: string | undefined,
  content: string | Uint8Array,
  name = 'result.csv',
  check = false,
): Promise<Response> {
  const form = new FormData();
  form.set('file', new File([content], name, { type: 'application/octet-stream' }));
  const headers: Record<string, string> = { origin: TEST_ORIGIN };
  if (cookie) headers.cookie = cookie;
  return Promise.resolve(
    h.app.request(`/api/disbursements/${batchId}/results${check ? '?check=true' : ''}`, {
      method: 'POST',
      headers,
      body: form,
    }),
  );
}

/**
 * Takes a prepared batch to the bank as the console does (decision 0012): a second finance officer
 * approves it, downloads the roster at that version, and says it was sent. Answers the sent batch.
 */
export async function approveAndSend(
  h: TestHarness,
  batch: { id: string; version: number },
  approverCookie: string,
): Promise<{ id: string; version: number; state: string }> {
  const approved = await h.call('POST', `/api/disbursements/${batch.id}/events`, {
    cookie: approverCookie,
    body: { event: 'approve', version: batch.version },
  });
  if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${await approved.text()}`);
  const { version } = (await approved.json()) as { version: number };
  await (await h.call('GET', `/api/disbursements/${batch.id}/roster.csv`, { cookie: approverCookie })).text();
  const sent = await h.call('POST', `/api/disbursements/${batch.id}/send`, {
    cookie: approverCookie,
    body: { version },
  });
  if (sent.status !== 200) throw new Error(`send: ${sent.status} ${await sent.text()}`);
  return (await sent.json()) as { id: string; version: number; state: string };
}
