import { todayInChina } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_CLAIMANTS } from './demo.js';
import { seedPublicNotices } from './publicNotices.js';
import { seededScratchDb } from './seed.fixtures.js';
import { approvedDemoClaimIds } from './subsidyClaims.js';

const seeded = seededScratchDb();

describe('seedPublicNotices', () => {
  it('publishes the approved demo claims: a closed notice with due instalments, one in its period held by an objection', async () => {
    const { db, ctx } = await seeded();
    expect(await seedPublicNotices(db, ctx, await approvedDemoClaimIds(db))).toEqual([]);

    // This seed's notices: those of the subsidy claims' demo graduates (later seeds may publish their own).
    const notices = await db
      .selectFrom('public_notice as n')
      .select(['n.id', 'n.state', 'n.ends_on'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('public_notice_entry as e')
            .innerJoin('subsidy_claim as c', 'c.id', 'e.claim_id')
            .innerJoin('app_user as u', 'u.id', 'c.applicant_user_id')
            .select('e.id')
            .whereRef('e.notice_id', '=', 'n.id')
            .where(
              'u.login',
              'in',
              DEMO_CLAIMANTS.map((c) => c.mobile),
            ),
        ),
      )
      .orderBy('n.published_on')
      .execute();
    expect(notices.map((n) => n.state)).toEqual(['closed', 'published']);
    const awarded = await db
      .selectFrom('public_notice_entry as e')
      .innerJoin('award as a', 'a.claim_id', 'e.claim_id')
      .innerJoin('subsidy_claim as c', 'c.id', 'e.claim_id')
      .select(['a.id', 'a.state', 'c.state as claim_state', 'e.outcome'])
      .where('e.notice_id', '=', notices[0]?.id ?? '')
      .execute();
    expect(awarded).toHaveLength(2);
    expect(awarded.every((a) => a.state === 'active' && a.claim_state === 'awarded')).toBe(true);
    const due = await db
      .selectFrom('payment_line')
      .select('id')
      .where(
        'award_id',
        'in',
        awarded.map((a) => a.id),
      )
      .where('due_date', '<=', todayInChina())
      .execute();
    expect(due.length).toBeGreaterThan(2);

    const objections = await db.selectFrom('notice_objection').select(['state', 'notice_id']).execute();
    expect(objections).toEqual([{ state: 'open', notice_id: notices[1]?.id }]);
    expect(
      await db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'public_notice.close')
        .where(
          'entity_id',
          'in',
          notices.map((n) => n.id),
        )
        .execute(),
    ).toHaveLength(1);
    // one approved claim is left for the approver's next notice
    expect(await approvedDemoClaimIds(db)).toHaveLength(1);
  }, 300_000);
});
