import { addDays, talentCardSchema, todayInChina } from '@talent/domain';
import { makeResidentId } from '@talent/domain/fakes';
import * as accounts from '../capabilities/accounts/service.js';
import { warnExpiringCards } from '../capabilities/talentCards/expiry.js';
import * as cardImports from '../capabilities/talentCards/imports.js';
import * as cards from '../capabilities/talentCards/registry.js';
import type { ServiceContext } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { actorOf, findSessionUser } from '../platform/session.js';
import { DEMO_EXPIRING_CARD_HOLDER, DEMO_TALENT_CARD_HOLDER } from './demo.js';
import { bureauActor, ensureGraduate } from './settlement.js';

/**
 * 陇原人才服务卡 demo registry, through the services: a committed import (CSV with one bad date on
 * row 7, so its report shows the failure and the officer took the valid rows) that holds the demo
 * holder's card; cards entered one by one — one expiring within 60 days whose holder has an account
 * (and is warned), one expired, one revoked. The two holders get complete applicant accounts.
 * Idempotent: nothing is added once the demo holder's card exists.
 */
export async function seedTalentCards(db: Db, ctx: ServiceContext): Promise<string[]> {
  const created: string[] = [];
  for (const [holder, tier] of [
    [DEMO_TALENT_CARD_HOLDER, 'doctorate'],
    [DEMO_EXPIRING_CARD_HOLDER, 'master'],
  ] as const) {
    await ensureGraduate(db, ctx, { ...holder, tier, until: 'profile' }, created);
  }
  const exists = await db
    .selectFrom('talent_card')
    .select('id')
    .where('card_number', '=', DEMO_TALENT_CARD_HOLDER.cardNumber)
    .executeTakeFirst();
  if (exists) return [...created, ...(await verifyHolders(db, ctx))];

  const reviewer = await bureauActor(db, 'reviewer');
  const today = todayInChina();
  const person = (n: number, birthDate: string, sex: 'male' | 'female') =>
    makeResidentId({ regionCode: '621002', birthDate, sex, seq: 100 + n });
  const rows: string[][] = [
    [
      DEMO_TALENT_CARD_HOLDER.cardNumber,
      DEMO_TALENT_CARD_HOLDER.name,
      DEMO_TALENT_CARD_HOLDER.residentId,
      'A',
      addDays(today, -200),
      addDays(today, 1625),
    ],
    [
      'LYRC-A-2025-0002',
      '马晓东',
      person(1, '1979-02-11', 'male'),
      'A',
      addDays(today, -180),
      addDays(today, 1645),
    ],
    [
      'LYRC-B-2025-0003',
      '杨慧',
      person(2, '1986-07-30', 'female'),
      'B',
      addDays(today, -150),
      addDays(today, 1675),
    ],
    [
      'LYRC-B-2025-0004',
      '郭峰',
      person(3, '1983-12-05', 'male'),
      'B',
      addDays(today, -120),
      addDays(today, 1705),
    ],
    [
      'LYRC-C-2025-0005',
      '何静怡',
      person(4, '1990-03-18', 'female'),
      'C',
      addDays(today, -90),
      addDays(today, 1735),
    ],
    // Row 7 as the spreadsheet shows it: 30 February is not a date, so this card is not imported.
    ['LYRC-C-2025-0006', '罗建国', person(5, '1975-09-09', 'male'), 'C', '2025-02-30', addDays(today, 1765)],
    [
      'LYRC-A-2025-0007',
      '梁雪',
      person(6, '1988-01-25', 'female'),
      'A',
      addDays(today, -30),
      addDays(today, 1795),
    ],
    [
      'LYRC-B-2025-0008',
      '宋志强',
      person(7, '1981-10-14', 'male'),
      'B',
      addDays(today, -10),
      addDays(today, 1815),
    ],
  ];
  const csv = [['卡号', '姓名', '身份证号', '等级', '发卡日期', '有效期至'], ...rows]
    .map((r) => r.join(','))
    .join('\r\n');
  const report = await cardImports.validateImport(
    db,
    reviewer,
    { name: '2025年度陇原人才服务卡名单.csv', bytes: new TextEncoder().encode(`\uFEFF${csv}\r\n`) },
    ctx,
  );
  await cardImports.commitImport(db, reviewer, report.id, 'valid_only', ctx);
  created.push(`talent card import (${report.validCount} of ${report.rowCount} rows)`);

  const single = (input: Record<string, string>) =>
    cards.createCard(db, reviewer, talentCardSchema.parse(input), ctx);
  await single({
    cardNumber: DEMO_EXPIRING_CARD_HOLDER.cardNumber,
    holderName: DEMO_EXPIRING_CARD_HOLDER.name,
    holderResidentId: DEMO_EXPIRING_CARD_HOLDER.residentId,
    tier: DEMO_EXPIRING_CARD_HOLDER.tier,
    issueDate: addDays(today, -1800),
    expiryDate: addDays(today, 30),
  });
  await single({
    cardNumber: 'LYRC-B-2021-0031',
    holderName: '田野',
    holderResidentId: person(8, '1984-06-06', 'male'),
    tier: 'B',
    issueDate: addDays(today, -1900),
    expiryDate: addDays(today, -15),
  });
  await single({
    cardNumber: 'LYRC-C-2024-0042',
    holderName: '孔丽',
    holderResidentId: person(9, '1992-11-19', 'female'),
    tier: 'C',
    issueDate: addDays(today, -400),
    expiryDate: addDays(today, 1400),
  });
  const revoked = await single({
    cardNumber: 'LYRC-A-2024-0013',
    holderName: '韩立',
    holderResidentId: person(10, '1977-04-02', 'male'),
    tier: 'A',
    issueDate: addDays(today, -500),
    expiryDate: addDays(today, 1300),
  });
  await cards.revokeCard(
    db,
    reviewer,
    revoked.id,
    { reason: '持卡人已调离甘肃省,经省人才办通知注销', version: revoked.version },
    ctx,
  );
  created.push('talent cards entered one by one (expiring, expired, revoked)');

  created.push(...(await verifyHolders(db, ctx)));
  const warned = await warnExpiringCards(db, today);
  if (warned > 0) created.push(`holders warned of expiring cards (${warned})`);
  return created;
}

/**
 * The holders' accounts were made before their cards were in the registry: saving their profile again
 * now matches name + ID against it and verifies the identity (decision 0008), as it would for a
 * holder who signs up after the import.
 */
async function verifyHolders(db: Db, ctx: ServiceContext): Promise<string[]> {
  const verified: string[] = [];
  for (const holder of [DEMO_TALENT_CARD_HOLDER, DEMO_EXPIRING_CARD_HOLDER]) {
    const row = await db
      .selectFrom('app_user')
      .select(['id', 'identity_verified_at'])
      .where('kind', '=', 'applicant')
      .where('login', '=', holder.mobile)
      .executeTakeFirst();
    const user = row && row.identity_verified_at === null ? await findSessionUser(db, row.id) : undefined;
    if (!user) continue;
    const me = await accounts.updateProfile(
      db,
      actorOf(user),
      { name: holder.name, residentId: holder.residentId },
      ctx,
    );
    if (me.identityVerifiedBy) verified.push(`identity of ${holder.name} verified by the card registry`);
  }
  return verified;
}
