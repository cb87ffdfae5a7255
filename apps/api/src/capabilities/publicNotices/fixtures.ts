import { unique } from '@talent/db/testing';
import { calculateAward, defaultPolicyVersion, type Tier } from '@talent/domain';
import { type TestHarness, testPii } from '../../testing/index.js';
import { insertCase } from '../settlement/queue.fixtures.js';

// Test data for the notice: claims written straight into the table at 复审 passed (approved, with a
// pending award under the default policy), which the claim journey's endpoints reach in many steps.

/** An approved claim of a fresh graduate called `name`, with its pending award. */
export async function approvedClaim(h: TestHarness, name = '张三丰', options: { tier?: Tier } = {}) {
  const tier = options.tier ?? 'bachelor';
  const settlement = await insertCase(h, name, { state: 'registered', tier });
  const applicant = settlement.applicant;
  const reviewer = await h.bureau(['reviewer']);
  const approver = await h.bureau(['approver']);
  const claim = await h.db
    .insertInto('subsidy_claim')
    .values({
      number: unique('BT').toUpperCase(),
      applicant_user_id: applicant.id,
      resident_id_hmac: testPii.blindIndex(applicant.residentId ?? unique('rid')),
      settlement_application_id: settlement.id,
      county_code: '621021',
      tier,
      state: 'approved',
      bank_name: '甘肃省农村信用社',
      bank_account_enc: testPii.encrypt('6228480000000000001'),
      bank_account_masked: '6228 **** **** 0001',
      claim_date: '2026-11-20',
      policy_version_id: defaultPolicyVersion.id,
      submitted_at: new Date(),
      recommended_by: reviewer.id,
      recommended_at: new Date(),
      approved_by: approver.id,
      approved_at: new Date(),
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  // Fixed at 复审 with a provisional start; the notice's end moves the dates, never the amounts.
  const calculation = calculateAward({ tier, startDate: '2026-11-20' }, defaultPolicyVersion);
  const award = await h.db
    .insertInto('award')
    .values({
      claim_id: claim.id,
      applicant_user_id: applicant.id,
      county_code: '621021',
      tier,
      policy_version_id: defaultPolicyVersion.id,
      state: 'pending',
      total_fen: calculation.totalFen,
      settling_in_fen: calculation.settlingInFen,
      living_allowance_fen: calculation.livingAllowanceFen,
      calculation: JSON.stringify(calculation),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    ...claim,
    awardId: award.id,
    applicant,
    lines: calculation.lines.length,
    totalFen: calculation.totalFen,
  };
}

/** Moves a published notice's period into the past, as if it had been published `workingDaysAgo` ago. */
export async function backdate(h: TestHarness, noticeId: string, publishedOn: string, endsOn: string) {
  await h.db
    .updateTable('public_notice')
    .set({ published_on: publishedOn, ends_on: endsOn })
    .where('id', '=', noticeId)
    .execute();
}
