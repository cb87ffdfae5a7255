import { describe, expect, it } from 'vitest';
import { seededScratchDb } from './seed.fixtures.js';
import { seedSettlement } from './settlement.js';

const seeded = seededScratchDb();

describe('seedSettlement', () => {
  it('creates the demo cases through the services, once', async () => {
    const { db, ctx } = await seeded();
    await seedSettlement(db, ctx);
    expect(await seedSettlement(db, ctx)).toEqual([]);
    const states = await db
      .selectFrom('settlement_application as a')
      .innerJoin('app_user as u', 'u.id', 'a.applicant_user_id')
      .select(['u.login', 'a.state'])
      .where('u.login', 'like', '1380013800%')
      .orderBy('u.login')
      .execute();
    expect(states.map((s) => s.state)).toEqual([
      'submitted',
      'under_review',
      'returned',
      'registered',
      'employment_reported',
    ]);
    const audits = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'settlement.register')
      .execute();
    expect(audits.length).toBeGreaterThanOrEqual(2);
    const stations = await db.selectFrom('police_station').select('county_code').distinct().execute();
    expect(stations.length).toBeGreaterThanOrEqual(8);
  });
});
