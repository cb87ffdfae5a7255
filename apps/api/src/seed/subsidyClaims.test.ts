import { describe, expect, it } from 'vitest';
import { DEMO_CLAIMANTS } from './demo.js';
import { seededScratchDb } from './seed.fixtures.js';
import { seedSubsidyClaims } from './subsidyClaims.js';

const seeded = seededScratchDb();

describe('seedSubsidyClaims', () => {
  it('puts a claim in every state through the services, once, and names the approved ones', async () => {
    const { db, ctx } = await seeded();
    const again = await seedSubsidyClaims(db, ctx);
    expect(again.created).toEqual([]);
    const rows = await db
      .selectFrom('subsidy_claim as c')
      .innerJoin('app_user as u', 'u.id', 'c.applicant_user_id')
      .leftJoin('award as w', 'w.claim_id', 'c.id')
      .select(['u.login', 'c.state', 'c.tier', 'w.state as award_state'])
      .where(
        'u.login',
        'in',
        DEMO_CLAIMANTS.map((c) => c.mobile),
      )
      .orderBy('u.login')
      .execute();
    const expected = DEMO_CLAIMANTS.filter((c) => c.claim !== 'none');
    expect(rows.map((r) => [r.login, r.tier])).toEqual(expected.map((c) => [c.mobile, c.tier]));
    // The approved claims have their award; the notice's seed takes them on into (and past) the notice.
    for (const [i, c] of expected.entries()) {
      const row = rows[i];
      if (c.claim === 'approved') {
        expect(['approved', 'in_public_notice', 'awarded']).toContain(row?.state);
        expect(row?.award_state).not.toBeNull();
      } else {
        expect(row).toMatchObject({ state: c.claim, award_state: null });
      }
    }
  });
});
