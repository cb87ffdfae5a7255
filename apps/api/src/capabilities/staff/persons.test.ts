import { describe, expect, it } from 'vitest';
import {
  createTestHarness,
  errorOf,
  TEST_PASSWORD,
  type TestHarness,
  uniqueResidentId,
  uniqueUsername,
} from '../../testing/index.js';

// Four eyes are two natural persons (decision 0008): staff accounts carry their person, and elevated
// roles wait for a second admin.

type Item = { id: string; roles: string[]; pendingRoles: string[]; residentId: string | null };
type Grant = { id: string; userId: string; role: string; ownRequest: boolean };

async function create(h: TestHarness, cookie: string, body: Record<string, unknown>) {
  return h.call('POST', '/api/bureau/staff', {
    cookie,
    body: { username: uniqueUsername(), name: '同事', password: TEST_PASSWORD, ...body },
  });
}

async function pendingFor(h: TestHarness, cookie: string, userId: string): Promise<Grant[]> {
  const res = await h.call('GET', '/api/bureau/staff-grants', { cookie });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Grant[] }).items.filter((g) => g.userId === userId);
}

describe('staff persons', () => {
  it('refuses a second active account for one person with 409, and lets a disabled one’s person be reused', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const residentId = uniqueResidentId();
    const first = await create(h, admin.cookie, { roles: ['reviewer'], residentId });
    expect(first.status).toBe(201);
    const firstItem = ((await first.json()) as { item: Item }).item;
    expect(firstItem.residentId).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
    expect(JSON.stringify(firstItem)).not.toContain(residentId);

    const second = await create(h, admin.cookie, { roles: ['finance'], residentId });
    expect(second.status).toBe(409);
    expect((await errorOf(second)).message).toContain('同一人只能有一个在用账号');

    const off = await h.call('PATCH', `/api/bureau/staff/${firstItem.id}`, {
      cookie: admin.cookie,
      body: { disabled: true },
    });
    expect(off.status).toBe(200);
    const again = await create(h, admin.cookie, { roles: ['reviewer'], residentId });
    expect(again.status).toBe(201);
    // and the old account cannot come back while the new one is active
    const on = await h.call('PATCH', `/api/bureau/staff/${firstItem.id}`, {
      cookie: admin.cookie,
      body: { disabled: false },
    });
    expect(on.status).toBe(409);
    expect((await errorOf(on)).message).toContain('同一人只能有一个在用账号');
  });

  it('records the person of an account created before persons, once', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const legacy = await h.bureau(['reviewer']);
    await h.db
      .updateTable('app_user')
      .set({ person_id_enc: null, person_id_hmac: null })
      .where('id', '=', legacy.id)
      .execute();
    const elevate = await h.call('PATCH', `/api/bureau/staff/${legacy.id}`, {
      cookie: admin.cookie,
      body: { roles: ['reviewer', 'finance'] },
    });
    expect(elevate.status).toBe(409);
    const residentId = uniqueResidentId();
    const set = await h.call('PATCH', `/api/bureau/staff/${legacy.id}`, {
      cookie: admin.cookie,
      body: { residentId },
    });
    expect(set.status).toBe(200);
    expect(((await set.json()) as { item: Item }).item.residentId).not.toBeNull();
    const change = await h.call('PATCH', `/api/bureau/staff/${legacy.id}`, {
      cookie: admin.cookie,
      body: { residentId: uniqueResidentId() },
    });
    expect(change.status).toBe(409);
  });
});

describe('role grants', () => {
  it('keeps finance, approver and admin pending until another admin confirms; audits every step', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const admin2 = await h.bureau(['admin']);
    const res = await create(h, admin.cookie, {
      roles: ['reviewer', 'finance', 'approver'],
      residentId: uniqueResidentId(),
    });
    expect(res.status).toBe(201);
    const item = ((await res.json()) as { item: Item }).item;
    expect(item.roles).toEqual(['reviewer']);
    expect(item.pendingRoles.sort()).toEqual(['approver', 'finance']);
    const stored = await h.db
      .selectFrom('app_user')
      .select('roles')
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(stored.roles).toEqual(['reviewer']);

    const mine = await pendingFor(h, admin.cookie, item.id);
    expect(mine.map((g) => g.ownRequest)).toEqual([true, true]);
    const finance = mine.find((g) => g.role === 'finance') as Grant;
    const approver = mine.find((g) => g.role === 'approver') as Grant;

    // the admin who asked may not confirm it
    const self = await h.call('POST', `/api/bureau/staff-grants/${finance.id}/confirm`, {
      cookie: admin.cookie,
    });
    expect(self.status).toBe(403);
    expect((await errorOf(self)).message).toContain('另一位管理员');

    const ok = await h.call('POST', `/api/bureau/staff-grants/${finance.id}/confirm`, {
      cookie: admin2.cookie,
    });
    expect(ok.status).toBe(200);
    const refused = await h.call('POST', `/api/bureau/staff-grants/${approver.id}/refuse`, {
      cookie: admin2.cookie,
    });
    expect(refused.status).toBe(200);
    const twice = await h.call('POST', `/api/bureau/staff-grants/${finance.id}/confirm`, {
      cookie: admin2.cookie,
    });
    expect(twice.status).toBe(409);

    const after = await h.db
      .selectFrom('app_user')
      .select('roles')
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(after.roles.sort()).toEqual(['finance', 'reviewer']);
    const actions = (await h.auditOf(item.id)).map((a) => a.action);
    expect(actions).toEqual([
      'staff.create',
      'staff.grant.request',
      'staff.grant.confirm',
      'staff.grant.refuse',
    ]);
  });

  it('refuses a grant confirmed by the grantee, or by another account of the asking admin’s person', async () => {
    const h = await createTestHarness();
    const residentId = uniqueResidentId();
    const admin = await h.bureau(['admin'], { residentId });
    const other = await h.bureau(['admin']);
    const target = await h.bureau(['reviewer']);
    const ask = await h.call('PATCH', `/api/bureau/staff/${other.id}`, {
      cookie: admin.cookie,
      body: { roles: ['admin', 'finance'] },
    });
    expect(ask.status).toBe(200);
    const [grant] = await pendingFor(h, admin.cookie, other.id);
    // the grantee is an admin too, but may not confirm their own role
    const own = await h.call('POST', `/api/bureau/staff-grants/${grant?.id}/confirm`, {
      cookie: other.cookie,
    });
    expect(own.status).toBe(403);

    // The asking admin's person under a second account (the first one disabled) is still the same eyes.
    await h.call('PATCH', `/api/bureau/staff/${target.id}`, {
      cookie: admin.cookie,
      body: { roles: ['reviewer', 'finance'] },
    });
    const [targetGrant] = await pendingFor(h, admin.cookie, target.id);
    await h.db.updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', admin.id).execute();
    const sameEyes = await h.bureau(['admin'], { residentId });
    const res = await h.call('POST', `/api/bureau/staff-grants/${targetGrant?.id}/confirm`, {
      cookie: sameEyes.cookie,
    });
    expect(res.status).toBe(403);
    const byOther = await h.call('POST', `/api/bureau/staff-grants/${targetGrant?.id}/confirm`, {
      cookie: other.cookie,
    });
    expect(byOther.status).toBe(200);
  });

  it('answers non-admins 403 and an unknown grant 404', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const created = await create(h, admin.cookie, { roles: ['finance'], residentId: uniqueResidentId() });
    const item = ((await created.json()) as { item: Item }).item;
    const [grant] = await pendingFor(h, admin.cookie, item.id);
    const auditor = await h.bureau(['auditor']);
    expect((await h.call('GET', '/api/bureau/staff-grants', { cookie: auditor.cookie })).status).toBe(200);
    for (const roles of [['reviewer'], ['finance'], ['auditor']]) {
      const user = await h.bureau(roles);
      for (const action of ['confirm', 'refuse']) {
        const res = await h.call('POST', `/api/bureau/staff-grants/${grant?.id}/${action}`, {
          cookie: user.cookie,
        });
        expect(res.status, `${roles} ${action}`).toBe(403);
      }
    }
    const applicant = await h.applicant();
    expect((await h.call('GET', '/api/bureau/staff-grants', { cookie: applicant.cookie })).status).toBe(403);
    const admin2 = await h.bureau(['admin']);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      const res = await h.call('POST', `/api/bureau/staff-grants/${id}/confirm`, { cookie: admin2.cookie });
      expect(res.status, id).toBe(404);
    }
  });
});
