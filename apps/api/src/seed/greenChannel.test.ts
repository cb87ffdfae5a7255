import { describe, expect, it } from 'vitest';
import { seedGreenChannel } from './greenChannel.js';
import { seededScratchDb } from './seed.fixtures.js';

const seeded = seededScratchDb();

describe('seedGreenChannel', () => {
  it('opens onto green cases instantly approved, registered with family, pulled back and overdue, once', async () => {
    const { db, ctx } = await seeded();
    expect(await seedGreenChannel(db, ctx)).toEqual([]);
    const cases = await db
      .selectFrom('settlement_application as a')
      .innerJoin('app_user as u', 'u.id', 'a.applicant_user_id')
      .select(['u.login', 'a.state', 'a.green_channel', 'a.instant_approved_at', 'a.due_on', 'a.id'])
      .where('u.login', 'like', '1380013806%')
      .orderBy('u.login')
      .execute();
    expect(cases.map((c) => [c.login, c.state, c.green_channel, c.instant_approved_at !== null])).toEqual([
      ['13800138060', 'approved', true, true],
      ['13800138061', 'registered', true, true],
      ['13800138062', 'under_review', true, false],
      ['13800138063', 'submitted', true, false],
    ]);
    const registered = cases[1]?.id ?? '';
    const members = await db
      .selectFrom('settlement_member')
      .select('relation')
      .where('application_id', '=', registered)
      .orderBy('position')
      .execute();
    expect(members.map((m) => m.relation)).toEqual(['spouse', 'child']);
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', registered)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'settlement.create',
      'settlement.submit',
      'settlement.instant_approve',
      'settlement.register',
    ]);
    const overdue = cases[3];
    expect(overdue?.due_on && overdue.due_on < new Date().toISOString().slice(0, 10)).toBe(true);
  });
});
