import {
  type Actor,
  addDays,
  bureauAccountCreateSchema,
  defaultPolicyVersion,
  monthIndex,
  monthOfIndex,
  type PolicyVersion,
  type Tier,
  todayInChina,
} from '@talent/domain';
import { makeResidentId } from '@talent/domain/fakes';
import { sql } from 'kysely';
import * as clawbackEvents from '../capabilities/clawbacks/events.js';
import * as clawbacks from '../capabilities/clawbacks/service.js';
import * as contributions from '../capabilities/contributions/service.js';
import * as bankResults from '../capabilities/disbursements/bankResults.js';
import * as batchEvents from '../capabilities/disbursements/events.js';
import * as disbursements from '../capabilities/disbursements/service.js';
import * as policy from '../capabilities/policy/service.js';
import { closeNotice } from '../capabilities/publicNotices/closing.js';
import * as notices from '../capabilities/publicNotices/notices.js';
import * as settlement from '../capabilities/settlement/service.js';
import * as staff from '../capabilities/staff/service.js';
import * as claims from '../capabilities/subsidyClaims/service.js';
import type { ServiceContext } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { actorOf, findSessionUser } from '../platform/session.js';
import { DEMO_PASSWORD, demoStaffResidentId } from './demo.js';
import { bankResultFile, sendToBank } from './disbursements.js';
import { bureauActor, demoStationId, ensureGraduate, seedCase } from './settlement.js';

/** Two graduates who left their employer within the service commitment, 13 months into their award. */
export const DEMO_LEAVERS = [
  { mobile: '13800138030', name: '郑浩', tier: 'master', born: '1996-08-11', sex: 'male', outcome: 'due' },
  {
    mobile: '13800138031',
    name: '冯雪',
    tier: 'doctorate',
    born: '1992-02-14',
    sex: 'female',
    outcome: 'waived',
  },
] as const satisfies readonly {
  mobile: string;
  name: string;
  tier: Tier;
  born: string;
  sex: 'male' | 'female';
  outcome: 'due' | 'waived';
}[];

/** How long ago the leavers' notice was published: their first settling-in part and a year of allowances are paid. */
const LEAVERS_NOTICE_DAYS_AGO = 400;

/**
 * Aftercare's demo, through the services (audit rows and notifications real): a policy version taking
 * effect next year (so the diff view has something to show); and two graduates — claim, 初审/复审, a
 * notice closed 13 months ago, their months of social insurance confirmed by their employer, their due
 * instalments paid in one batch (prepared and approved by two finance officers, the bank's file
 * imported) — who left last month: 郑浩's clawback is due, 冯雪's waived by the approver. The other
 * demo awards' months are confirmed earlier, by seedContributions, before the disbursement seed pays.
 * Idempotent: each part is skipped once its records exist.
 */
export async function seedSubsidyAftercare(db: Db, ctx: ServiceContext): Promise<string[]> {
  const created: string[] = [];
  const admin = await bureauActor(db, 'admin');
  await futurePolicyVersion(db, ctx, admin, created);
  await leavers(db, ctx, created);
  return created;
}

async function futurePolicyVersion(db: Db, ctx: ServiceContext, admin: Actor, created: string[]) {
  const year = Number(todayInChina().slice(0, 4)) + 1;
  const versions = await policy.listVersions(db, admin);
  if (versions.some((v) => v.status === 'future')) return;
  const base = defaultPolicyVersion;
  const next: PolicyVersion = {
    ...base,
    id: `qzbf-2022-44-v${year}`,
    title: `${year}年度人才补贴参数`,
    effectiveFrom: `${year}-01-01`,
    publicNoticeWorkingDays: { ...base.publicNoticeWorkingDays, value: 7 },
    tiers: {
      ...base.tiers,
      doctorate: {
        ...base.tiers.doctorate,
        settlingInAllowance: {
          ...base.tiers.doctorate.settlingInAllowance,
          value: { totalFen: 12_000_000, parts: 3 },
        },
      },
      master: {
        ...base.tiers.master,
        livingAllowance: { ...base.tiers.master.livingAllowance, value: { monthlyFen: 180_000, months: 36 } },
      },
      junior_college: {
        ...base.tiers.junior_college,
        ageLimit: { ...base.tiers.junior_college.ageLimit, value: 32 },
      },
    },
  };
  await policy.createVersion(db, admin, next, ctx);
  created.push(`policy version ${next.id} (in force from ${next.effectiveFrom})`);
}

async function leavers(db: Db, ctx: ServiceContext, created: string[]) {
  const reviewer = await bureauActor(db, 'reviewer');
  const approver = await bureauActor(db, 'approver');
  const registrar = await bureauActor(db, 'registrar');
  const finance = await bureauActor(db, 'finance');
  const stationId = await demoStationId(db);

  const claimIds: string[] = [];
  for (const [i, l] of DEMO_LEAVERS.entries()) {
    const g = {
      mobile: l.mobile,
      name: l.name,
      tier: l.tier,
      until: 'employment_confirmed' as const,
      residentId: makeResidentId({ regionCode: '621002', birthDate: l.born, sex: l.sex, seq: 300 + i }),
    };
    const actor = await ensureGraduate(db, ctx, g, created);
    if ((await claims.listOwn(db, actor)).length > 0) return;
    if ((await settlement.listOwn(db, actor)).length === 0) {
      await seedCase(db, ctx, actor, g, { reviewer, registrar, stationId });
    }
    let view = (
      await claims.createClaim(
        db,
        actor,
        { bankName: '甘肃银行', bankAccount: `62284800${String(1_234_567_890 + i * 97).padStart(11, '0')}` },
        `seed-aftercare-${l.mobile}`,
        ctx,
      )
    ).view;
    for (const [who, event] of [
      [reviewer, 'start_review'],
      [reviewer, 'recommend'],
      [approver, 'approve'],
    ] as const) {
      view = await claims.fireEvent(db, who, { claimId: view.id, event, version: view.version }, ctx);
    }
    claimIds.push(view.id);
    created.push(`subsidy claim of ${l.name} (approved)`);
  }

  // The notice, published and closed 13 months ago: the awards active, instalments from then on.
  const today = todayInChina();
  const then = addDays(today, -LEAVERS_NOTICE_DAYS_AGO);
  const draft = await notices.createNotice(db, approver, { claimIds }, ctx, then);
  const published = await notices.publishNotice(
    db,
    approver,
    draft.id,
    { version: draft.version },
    ctx,
    then,
  );
  await closeNotice(db, approver, draft.id, published.version, ctx, addDays(published.endsOn ?? then, 1));

  // Their employer confirms the months paid since they were hired, before the notice, to the month
  // they left: the payment conditions (二(四)5) of every instalment are met.
  const departedOn = addDays(today, -30);
  for (const claimId of claimIds) {
    const award = await db
      .selectFrom('award')
      .select(['id', 'employer_id', sql<string>`start_date::text`.as('start_date')])
      .where('claim_id', '=', claimId)
      .executeTakeFirstOrThrow();
    const employer = await employerAdmin(db, award.employer_id);
    if (!employer) continue;
    await contributions.confirmMonths(
      db,
      employer,
      award.id,
      { fromMonth: contributedSince(award.start_date), toMonth: departedOn.slice(0, 7) },
      ctx,
    );
  }

  // What fell due in the first half year, paid: prepared by finance, approved by a second officer.
  const secondFinance = await ensureSecondFinance(db, ctx, created);
  const batch = await disbursements.prepareBatch(db, finance, { dueAsOf: addDays(then, 190) }, ctx);
  const approved = await batchEvents.fireBatchEvent(
    db,
    secondFinance,
    { id: batch.id, event: 'approve', version: batch.version },
    ctx,
  );
  await sendToBank(db, finance, approved, 'csv', ctx);
  const csv = await bankResultFile(db, batch, 'GSB');
  await bankResults.importResults(
    db,
    finance,
    batch.id,
    { name: '甘肃银行回盘.csv', bytes: new TextEncoder().encode(csv) },
    ctx,
  );
  created.push(`disbursement batch ${batch.number} (${approved.lineCount} instalments paid)`);

  // They left last month; the reviewer assesses, the approver waives one.
  for (const [i, l] of DEMO_LEAVERS.entries()) {
    const award = await db
      .selectFrom('award')
      .select(['id', 'employer_id'])
      .where('claim_id', '=', claimIds[i] ?? '')
      .executeTakeFirstOrThrow();
    const employer = await employerAdmin(db, award.employer_id);
    if (!employer) continue;
    const left = await clawbacks.reportDeparture(db, employer, award.id, { departedOn }, ctx);
    // as the console does: the outcome the preview shows
    const preview = await clawbacks.clawbackDetail(db, reviewer, award.id);
    const assessed = await clawbackEvents.fireClawbackEvent(
      db,
      reviewer,
      award.id,
      {
        event: preview.actions.includes('assess_clawback') ? 'assess_clawback' : 'close_without_clawback',
        version: await versionOf(db, award.id),
      },
      ctx,
    );
    if (l.outcome === 'waived' && assessed.clawback) {
      await clawbackEvents.fireClawbackEvent(
        db,
        approver,
        award.id,
        {
          event: 'waive_clawback',
          version: assessed.version,
          reason: '因家庭成员重病需返乡照顾,经局务会研究免予追回',
        },
        ctx,
      );
    }
    created.push(
      `departure of ${l.name} (${left.cancelledLines} instalments stopped, clawback ${l.outcome})`,
    );
  }
}

/** Four eyes on a batch need two finance officers, two persons (decision 0008): the seed's path. */
async function ensureSecondFinance(db: Db, ctx: ServiceContext, created: string[]) {
  const login = 'finance2';
  const existing = await db.selectFrom('app_user').select('id').where('login', '=', login).executeTakeFirst();
  if (!existing) {
    await staff.seedStaff(
      db,
      bureauAccountCreateSchema.parse({
        username: login,
        name: '财政复核员',
        roles: ['finance'],
        password: DEMO_PASSWORD,
        residentId: demoStaffResidentId(login),
      }),
      ctx,
    );
    created.push('bureau finance2');
  }
  return bureauActor(db, login);
}

async function employerAdmin(db: Db, employerId: string | null): Promise<Actor | undefined> {
  if (!employerId) return undefined;
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('employer_id', '=', employerId)
    .where('employer_role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .orderBy('created_at')
    .executeTakeFirst();
  const user = row && (await findSessionUser(db, row.id));
  return user ? actorOf(user) : undefined;
}

async function versionOf(db: Db, awardId: string): Promise<number> {
  return (await db.selectFrom('award').select('version').where('id', '=', awardId).executeTakeFirstOrThrow())
    .version;
}

/**
 * The demo's graduates were hired before they claimed: their employer paid social insurance from
 * six months before the award started (the payment conditions, 二(四)5, count the months before the
 * first payment), at most the last 36 months (the form's limit on one confirmation).
 */
function contributedSince(startDate: string): string {
  const earliest = monthIndex(todayInChina().slice(0, 7)) - 35;
  return monthOfIndex(Math.max(monthIndex(startDate.slice(0, 7)) - 6, earliest));
}

/**
 * 陈曦 (a demo claimant whose notice ended): her employer has confirmed only her first two months so
 * far, one short of the minimum before a first payment (二(四)5), so her instalments wait under
 * 暂缓发放 until it confirms the rest.
 */
const SHORT_OF_MONTHS = '13800138026';

/**
 * Every active demo award's months of social insurance, confirmed by its employer from before it
 * started to this month, so the payment rules see them: run before the disbursement seed pays.
 * One graduate's are two months only (SHORT_OF_MONTHS). Idempotent: a person with months on record
 * is skipped.
 */
export async function seedContributions(db: Db, ctx: ServiceContext): Promise<string[]> {
  const created: string[] = [];
  const awards = await db
    .selectFrom('award')
    .innerJoin('app_user as u', 'u.id', 'award.applicant_user_id')
    .select([
      'award.id',
      'award.employer_id',
      'award.applicant_user_id',
      'u.login',
      sql<string>`award.start_date::text`.as('start_date'),
    ])
    .where('award.state', '=', 'active')
    .where('award.start_date', 'is not', null)
    .execute();
  const thisMonth = todayInChina().slice(0, 7);
  for (const a of awards) {
    const done = await db
      .selectFrom('social_insurance_contribution')
      .select('id')
      .where('applicant_user_id', '=', a.applicant_user_id)
      .executeTakeFirst();
    if (done) continue;
    const employer = await employerAdmin(db, a.employer_id);
    if (!employer) continue;
    const fromMonth = contributedSince(a.start_date);
    const toMonth = a.login === SHORT_OF_MONTHS ? monthOfIndex(monthIndex(fromMonth) + 1) : thisMonth;
    const r = await contributions.confirmMonths(db, employer, a.id, { fromMonth, toMonth }, ctx);
    created.push(`${r.added} months of social insurance confirmed for award ${a.id.slice(0, 8)}`);
  }
  return created;
}
