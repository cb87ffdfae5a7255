import { describe, expect, it } from 'vitest';
import { testPii } from '../testing/index.js';
import { DEMO_EXPIRING_CARD_HOLDER, DEMO_TALENT_CARD_HOLDER } from './demo.js';
import { seededScratchDb } from './seed.fixtures.js';
import { seedTalentCards } from './talentCards.js';

const seeded = seededScratchDb();

describe('seedTalentCards', () => {
  it('fills the registry through the services: an import with its report, and cards in every standing, once', async () => {
    const { db, ctx } = await seeded();
    expect(await seedTalentCards(db, ctx)).toEqual([]);

    const cards = await db
      .selectFrom('talent_card')
      .select(['card_number', 'status', 'holder_resident_id_hmac', 'expiry_notified_at'])
      .execute();
    // 7 imported and 4 entered one by one (the green channel's seed adds cards of its own).
    const ours = [
      'LYRC-A-2023-0107',
      'LYRC-A-2024-0013',
      'LYRC-A-2025-0001',
      'LYRC-A-2025-0002',
      'LYRC-A-2025-0007',
      'LYRC-B-2021-0031',
      'LYRC-B-2025-0003',
      'LYRC-B-2025-0004',
      'LYRC-B-2025-0008',
      'LYRC-C-2024-0042',
      'LYRC-C-2025-0005',
    ];
    expect(cards.filter((c) => ours.includes(c.card_number))).toHaveLength(ours.length);
    expect(cards.some((c) => c.card_number === 'LYRC-C-2025-0006')).toBe(false);
    const holder = cards.find((c) => c.card_number === DEMO_TALENT_CARD_HOLDER.cardNumber);
    expect(holder?.holder_resident_id_hmac).toBe(testPii.blindIndex(DEMO_TALENT_CARD_HOLDER.residentId));
    expect(cards.filter((c) => c.status === 'revoked')).toHaveLength(1);
    const expiring = cards.find((c) => c.card_number === DEMO_EXPIRING_CARD_HOLDER.cardNumber);
    expect(expiring?.expiry_notified_at).not.toBeNull();
    // the demo's green holders are verified by the registry (decision 0008), so 秒批 can trust them
    const verified = await db
      .selectFrom('app_user')
      .select(['login', 'identity_verification_method'])
      .where('login', 'in', [
        '13800138010',
        '13800138011',
        '13800138060',
        '13800138061',
        '13800138062',
        '13800138063',
      ])
      .where('kind', '=', 'applicant')
      .orderBy('login')
      .execute();
    expect(verified.map((u) => [u.login, u.identity_verification_method])).toEqual([
      ['13800138010', 'card_registry'],
      ['13800138011', 'card_registry'],
      ['13800138060', 'card_registry'],
      ['13800138061', 'card_registry'],
      ['13800138062', 'card_registry'],
      ['13800138063', 'card_registry'],
    ]);

    const [upload] = await db
      .selectFrom('talent_card_import')
      .select(['status', 'row_count', 'valid_count', 'committed_count'])
      .execute();
    expect(upload).toEqual({ status: 'committed', row_count: 8, valid_count: 7, committed_count: 7 });
    const accounts = await db
      .selectFrom('app_user')
      .select('resident_id_hmac')
      .where('login', 'in', [DEMO_TALENT_CARD_HOLDER.mobile, DEMO_EXPIRING_CARD_HOLDER.mobile])
      .execute();
    expect(accounts).toHaveLength(2);
    const audits = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'talent_card%')
      .execute();
    expect(new Set(audits.map((a) => a.action))).toEqual(
      new Set([
        'talent_card_import.validate',
        'talent_card_import.commit',
        'talent_card.create',
        'talent_card.revoke',
        'talent_card.expiry_warning',
      ]),
    );
  });
});
