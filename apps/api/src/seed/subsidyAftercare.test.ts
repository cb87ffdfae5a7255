import { describe, expect, it } from 'vitest';
import { seededScratchDb } from './seed.fixtures.js';
import { DEMO_LEAVERS, seedSubsidyAftercare } from './subsidyAftercare.js';

const seeded = seededScratchDb();

describe('seedSubsidyAftercare', () => {
  it('leaves a future policy version, confirmed months, a clawback due and one waived — once', {
    timeout: 180_000,
  }, async () => {
    const { db, ctx } = await seeded();
    expect(await seedSubsidyAftercare(db, ctx)).toEqual([]);

    const versions = await db.selectFrom('policy_version').select('effective_from').execute();
    expect(versions).toHaveLength(1);

    const outcomes = await db
      .selectFrom('clawback as c')
      .innerJoin('award as a', 'a.id', 'c.award_id')
      .innerJoin('app_user as u', 'u.id', 'a.applicant_user_id')
      .select(['u.login', 'c.state', 'c.amount_fen', 'a.state as award_state'])
      .orderBy('u.login')
      .execute();
    expect(outcomes.map((o) => [o.login, o.state, o.award_state])).toEqual([
      [DEMO_LEAVERS[0].mobile, 'due', 'clawback_due'],
      [DEMO_LEAVERS[1].mobile, 'waived', 'closed'],
    ]);
    expect(outcomes.every((o) => Number(o.amount_fen) > 0)).toBe(true);

    const activeWithoutMonths = await db
      .selectFrom('award as a')
      .select('a.id')
      .where('a.state', '=', 'active')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('social_insurance_contribution as c')
              .select('c.id')
              .whereRef('c.applicant_user_id', '=', 'a.applicant_user_id'),
          ),
        ),
      )
      .execute();
    expect(activeWithoutMonths).toEqual([]);
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', [
        'award.report_departure',
        'award.assess_clawback',
        'award.waive_clawback',
        'policy.create_version',
      ])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'award.assess_clawback',
      'award.assess_clawback',
      'award.report_departure',
      'award.report_departure',
      'award.waive_clawback',
      'policy.create_version',
    ]);
  });
});
