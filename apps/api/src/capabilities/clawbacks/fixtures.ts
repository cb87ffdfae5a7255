import { unique } from '@talent/db/testing';
import { calculateAward, defaultPolicyVersion, type IsoDate, type Tier } from '@talent/domain';
import type { TestHarness } from '../../testing/index.js';
import { verifiedOrganisation } from '../employers/fixtures.js';

// An active award with its payment lines, written straight to the database as the claim and notice
// capabilities leave it: aftercare's tests start from there.

export type AwardFixtureOptions = {
  employerId?: string;
  tier?: Tier;
  startDate?: IsoDate;
  /** Lines due on or before this day are paid; the others stay scheduled. */
  paidThrough?: IsoDate;
  name?: string;
  countyCode?: string;
};

export async function activeAward(h: TestHarness, options: AwardFixtureOptions = {}) {
  const employerId = options.employerId ?? (await verifiedOrganisation(h)).employerId;
  const graduate = await h.applicant({ name: options.name ?? '王小红' });
  const tier = options.tier ?? 'master';
  const countyCode = options.countyCode ?? '621002';
  const app = await h.db
    .insertInto('settlement_application')
    .values({
      number: unique('QYLH-T'),
      applicant_user_id: graduate.id,
      resident_id_hmac: unique('hmac'),
      route: 'graduate',
      state: 'employment_confirmed',
      settle_at: 'police_station_collective',
      county_code: countyCode,
      tier,
      submitted_at: new Date(),
      registration_date: '2025-01-06',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const claim = await h.db
    .insertInto('subsidy_claim')
    .values({
      number: unique('QYBT-T'),
      applicant_user_id: graduate.id,
      resident_id_hmac: unique('hmac'),
      settlement_application_id: app.id,
      employer_id: employerId,
      county_code: countyCode,
      tier,
      state: 'awarded',
      bank_name: '甘肃银行',
      bank_account_enc: 'v1.test',
      bank_account_masked: '6228********1234',
      claim_date: '2025-01-10',
      policy_version_id: defaultPolicyVersion.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const award = calculateAward({ tier, startDate: options.startDate ?? '2025-02-01' }, defaultPolicyVersion);
  const row = await h.db
    .insertInto('award')
    .values({
      claim_id: claim.id,
      applicant_user_id: graduate.id,
      employer_id: employerId,
      county_code: countyCode,
      tier,
      policy_version_id: award.policyVersionId,
      state: 'active',
      start_date: award.startDate,
      service_ends_on: award.serviceEndsOn,
      total_fen: award.totalFen,
      settling_in_fen: award.settlingInFen,
      living_allowance_fen: award.livingAllowanceFen,
      calculation: JSON.stringify(award),
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  const paidThrough = options.paidThrough ?? '2025-12-31';
  await h.db
    .insertInto('payment_line')
    .values(
      award.lines.map((line) => ({
        award_id: row.id,
        applicant_user_id: graduate.id,
        line_key: line.id,
        kind: line.kind,
        sequence: line.sequence,
        of_count: line.of,
        amount_fen: line.amountFen,
        due_date: line.dueDate,
        state: line.dueDate <= paidThrough ? ('paid' as const) : ('scheduled' as const),
      })),
    )
    .execute();
  return { awardId: row.id, version: row.version, graduate, employerId, award, claimId: claim.id };
}

export async function linesOf(h: TestHarness, awardId: string) {
  return h.db
    .selectFrom('payment_line')
    .select(['line_key', 'state', 'amount_fen'])
    .where('award_id', '=', awardId)
    .orderBy('due_date')
    .execute();
}
