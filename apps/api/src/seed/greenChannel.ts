import { type Actor, addDays, settlementDraftSchema, talentCardSchema, todayInChina } from '@talent/domain';
import { makeResidentId } from '@talent/domain/fakes';
import * as documents from '../capabilities/documents/service.js';
import { fireSettlementEvent } from '../capabilities/settlement/events.js';
import * as settlement from '../capabilities/settlement/service.js';
import * as talentCards from '../capabilities/talentCards/registry.js';
import { defaultConfig } from '../platform/config.js';
import type { ServiceContext } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { DEMO_EMPLOYER } from './demo.js';
import { bureauActor, demoPdf, ensureGraduate } from './settlement.js';

type Stage = 'instant' | 'registered' | 'pulled_back' | 'overdue';
type Holder = {
  mobile: string;
  name: string;
  residentId: string;
  cardNumber: string;
  stage: Stage;
  family: { name: string; residentId: string; relation: 'spouse' | 'child' | 'parent' }[];
};

const id = (regionCode: string, birthDate: string, sex: 'male' | 'female', seq: number) =>
  makeResidentId({ regionCode, birthDate, sex, seq });

// Four card holders whose green-channel cases show the channel's every outcome (二(一)5).
const holders: Holder[] = [
  {
    mobile: '13800138060',
    name: '孙浩然',
    residentId: id('621002', '1983-05-14', 'male', 121),
    cardNumber: 'LYRC-A-2024-0318',
    stage: 'instant',
    family: [{ name: '韩雪', residentId: id('621002', '1986-10-02', 'female', 122), relation: 'spouse' }],
  },
  {
    mobile: '13800138061',
    name: '林书瑶',
    residentId: id('621021', '1987-02-21', 'female', 132),
    cardNumber: 'LYRC-A-2024-0422',
    stage: 'registered',
    family: [
      { name: '马骏', residentId: id('621021', '1985-08-09', 'male', 131), relation: 'spouse' },
      { name: '马可欣', residentId: id('621002', '2016-04-30', 'female', 134), relation: 'child' },
    ],
  },
  {
    mobile: '13800138062',
    name: '郭子健',
    residentId: id('621026', '1980-12-03', 'male', 141),
    cardNumber: 'LYRC-A-2025-0056',
    stage: 'pulled_back',
    family: [{ name: '郭德明', residentId: id('621026', '1952-06-18', 'male', 143), relation: 'parent' }],
  },
  {
    mobile: '13800138063',
    name: '何雨桐',
    residentId: id('621024', '1989-09-27', 'female', 152),
    cardNumber: 'LYRC-A-2025-0133',
    stage: 'overdue',
    family: [],
  },
];

/**
 * The green channel's demo (绿色通道, 二(一)5), through the services: each holder's card entered in the
 * registry by the admin, an account with the resident ID on file, and a case — approved instantly and
 * waiting for the registrar; registered with spouse and child; pulled back by a reviewer; and one at an
 * employer's collective household, submitted a week ago and still unanswered, so it is overdue.
 * Idempotent: a holder who already has an application is left alone.
 */
export async function seedGreenChannel(db: Db, ctx: ServiceContext): Promise<string[]> {
  const created: string[] = [];
  const admin = await bureauActor(db, 'admin');
  const reviewer = await bureauActor(db, 'reviewer');
  const registrar = await bureauActor(db, 'registrar');
  const today = todayInChina();
  for (const h of holders) {
    const card = await db
      .selectFrom('talent_card')
      .select('id')
      .where('card_number', '=', h.cardNumber)
      .executeTakeFirst();
    if (!card) {
      await talentCards.createCard(
        db,
        admin,
        talentCardSchema.parse({
          cardNumber: h.cardNumber,
          holderName: h.name,
          holderResidentId: h.residentId,
          tier: 'A',
          issueDate: addDays(today, -300),
          expiryDate: addDays(today, 800),
        }),
        ctx,
      );
      created.push(`talent card ${h.cardNumber}`);
    }
    const actor = await ensureGraduate(db, ctx, { ...h, until: 'submitted' }, created);
    if ((await settlement.listOwn(db, actor)).length > 0) continue;
    await seedGreenCase(db, ctx, actor, h, { reviewer, registrar, today });
    created.push(`green-channel case of ${h.name} (${h.stage})`);
  }
  return created;
}

async function seedGreenCase(
  db: Db,
  ctx: ServiceContext,
  actor: Actor,
  h: Holder,
  staff: { reviewer: Actor; registrar: Actor; today: string },
): Promise<void> {
  const members = [];
  for (const m of h.family) {
    const proof = await documents.upload(
      db,
      actor,
      { name: `Relationship proof ${m.name}.pdf`, bytes: demoPdf(`Relationship proof ${h.mobile}`) },
      ctx,
      defaultConfig.uploadQuota,
    );
    members.push({ ...m, documentId: proof.id });
  }
  const employer =
    h.stage === 'overdue'
      ? await db.selectFrom('employer').select('id').where('uscc', '=', DEMO_EMPLOYER.uscc).executeTakeFirst()
      : undefined;
  const place = employer
    ? { settleAt: 'employer_collective', employerId: employer.id }
    : { settleAt: 'own_residence', countyCode: '621002', address: `西峰区安定东路${h.mobile.slice(-2)}号` };
  const draft = settlementDraftSchema.parse({
    route: 'talent_card',
    talentCardNumber: h.cardNumber,
    ...place,
    members,
  });
  let view = (await settlement.createApplication(db, actor, draft, `seed-green-${h.mobile}`, ctx)).view;
  const fire = async (
    who: Actor,
    event: string,
    extra: { reason?: string; fields?: unknown; today?: string } = {},
  ) => {
    const { today, ...rest } = extra;
    view = await fireSettlementEvent(
      db,
      who,
      { applicationId: view.id, event, version: view.version, ...rest },
      today ? { ...ctx, today } : ctx,
    );
  };
  // The overdue case was submitted a week ago; its employer has not answered since.
  await fire(actor, 'submit', h.stage === 'overdue' ? { today: addDays(staff.today, -7) } : {});
  if (h.stage === 'overdue' || h.stage === 'instant') return;
  if (h.stage === 'pulled_back') {
    await fire(staff.reviewer, 'pull_back', { reason: '父亲随迁,需人工核对共同居住情况' });
    return;
  }
  await fire(staff.registrar, 'register', {
    fields: { householdNumber: `QYGC${h.mobile.slice(-6)}`, registrationDate: staff.today },
  });
}
