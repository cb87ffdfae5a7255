import type { Actor } from '@talent/domain';
import { makeResidentId } from '@talent/domain/fakes';
import * as settlement from '../capabilities/settlement/service.js';
import type { ClaimRouteEvent } from '../capabilities/subsidyClaims/events.js';
import * as claims from '../capabilities/subsidyClaims/service.js';
import type { ServiceContext } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { DEMO_CLAIMANTS } from './demo.js';
import { bureauActor, demoStationId, ensureGraduate, seedCase } from './settlement.js';

type Claimant = (typeof DEMO_CLAIMANTS)[number];

// The bank of each demo card and a made-up account number (19 digits, like a debit card's).
const banks = ['中国建设银行', '中国工商银行', '中国农业银行', '甘肃银行', '中国邮政储蓄银行'];

/**
 * The subsidy claims' demo, through the services (every step with its audit row and notification):
 * ten graduates settled in Qingyang with their job confirmed by the employer, whose claims stand
 * submitted, under review, returned, recommended (初审 passed), approved (复审 passed, award pending its
 * public notice) and rejected; 孙悦 is ready to claim. A claim is made and submitted at once, so none
 * rests as a draft. Idempotent: a graduate with a claim is left alone. Returns the approved claims'
 * ids, which the public notice's seed publishes.
 */
export async function seedSubsidyClaims(
  db: Db,
  ctx: ServiceContext,
): Promise<{ created: string[]; approvedClaimIds: string[] }> {
  const created: string[] = [];
  const staff = {
    reviewer: await bureauActor(db, 'reviewer'),
    approver: await bureauActor(db, 'approver'),
    registrar: await bureauActor(db, 'registrar'),
  };
  const stationId = await demoStationId(db);
  for (const [i, c] of DEMO_CLAIMANTS.entries()) {
    const g = {
      mobile: c.mobile,
      name: c.name,
      tier: c.tier,
      until: 'employment_confirmed' as const,
      residentId: makeResidentId({ regionCode: '621002', birthDate: c.born, sex: c.sex, seq: 120 + i }),
    };
    const actor = await ensureGraduate(db, ctx, g, created);
    if ((await settlement.listOwn(db, actor)).length === 0) {
      await seedCase(db, ctx, actor, g, { reviewer: staff.reviewer, registrar: staff.registrar, stationId });
      created.push(`settlement case of ${c.name} (employment confirmed)`);
    }
    if (c.claim === 'none' || (await claims.listOwn(db, actor)).length > 0) continue;
    await seedClaim(db, ctx, actor, c, i, staff);
    created.push(`subsidy claim of ${c.name} (${c.claim})`);
  }
  return { created, approvedClaimIds: await approvedDemoClaimIds(db) };
}

async function seedClaim(
  db: Db,
  ctx: ServiceContext,
  actor: Actor,
  c: Claimant,
  i: number,
  staff: { reviewer: Actor; approver: Actor },
): Promise<void> {
  const account = `6217${String(2_026_000_000_000_00 + i * 7_919).padStart(15, '0')}`;
  let view = (
    await claims.createClaim(
      db,
      actor,
      { bankName: banks[i % banks.length] ?? '中国建设银行', bankAccount: account },
      `seed-claim-${c.mobile}`,
      ctx,
    )
  ).view;
  const fire = async (who: Actor, event: ClaimRouteEvent, reason?: string) => {
    view = await claims.fireEvent(db, who, { claimId: view.id, event, version: view.version, reason }, ctx);
  };
  if (c.claim === 'submitted') return;
  await fire(staff.reviewer, 'start_review');
  if (c.claim === 'under_review') return;
  if (c.claim === 'returned') {
    await fire(staff.reviewer, 'return', '开户银行与社保卡信息不一致,请核对后重新提交');
    return;
  }
  if (c.claim === 'rejected') {
    await fire(staff.reviewer, 'reject', '经核查,劳动合同为非庆阳市用人单位签订');
    return;
  }
  await fire(staff.reviewer, 'recommend');
  if (c.claim === 'recommended') return;
  await fire(staff.approver, 'approve');
}

/** The demo's claims that passed 复审 and await their public notice, oldest first. */
export async function approvedDemoClaimIds(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('subsidy_claim as c')
    .innerJoin('app_user as u', 'u.id', 'c.applicant_user_id')
    .select('c.id')
    .where('c.state', '=', 'approved')
    .where(
      'u.login',
      'in',
      DEMO_CLAIMANTS.map((c) => c.mobile),
    )
    .orderBy('c.approved_at')
    .execute();
  return rows.map((r) => r.id);
}
