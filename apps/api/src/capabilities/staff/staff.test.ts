import { unique } from '@talent/db/testing';
import { describe, expect, it } from 'vitest';
import {
  createTestHarness,
  errorOf,
  TEST_PASSWORD,
  type TestHarness,
  uniqueResidentId,
  uniqueUsername,
} from '../../testing/index.js';
import { escapeLike } from './repository.js';

type Item = {
  id: string;
  username: string;
  name: string;
  roles: string[];
  pendingRoles: string[];
  residentId: string | null;
  disabled: boolean;
  createdAt: string;
};
type Page = { items: Item[]; total: number; page: number; pageSize: number };

async function create(h: TestHarness, cookie: string, body: Record<string, unknown>) {
  return h.call('POST', '/api/bureau/staff', {
    cookie,
    body: { password: TEST_PASSWORD, roles: ['reviewer'], residentId: uniqueResidentId(), ...body },
  });
}

describe('GET /api/bureau/staff', () => {
  it('pages, sorts and searches on the server', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const tag = unique('q');
    for (const [name, username] of [
      [`乙${tag}`, `b${tag}`],
      [`甲${tag}`, `c${tag}`],
      [`丙${tag}`, `a${tag}`],
    ]) {
      expect((await create(h, admin.cookie, { name, username })).status).toBe(201);
    }
    const page1 = (await (
      await h.call('GET', `/api/bureau/staff?q=${tag}&pageSize=2&sort=username&order=asc`, {
        cookie: admin.cookie,
      })
    ).json()) as Page;
    expect(page1.total).toBe(3);
    expect(page1.page).toBe(1);
    expect(page1.pageSize).toBe(2);
    expect(page1.items.map((i) => i.username)).toEqual([`a${tag}`, `b${tag}`]);
    const page2 = (await (
      await h.call('GET', `/api/bureau/staff?q=${tag}&pageSize=2&page=2&sort=username&order=asc`, {
        cookie: admin.cookie,
      })
    ).json()) as Page;
    expect(page2.items.map((i) => i.username)).toEqual([`c${tag}`]);
    const desc = (await (
      await h.call('GET', `/api/bureau/staff?q=${tag.toUpperCase()}&sort=username&order=desc`, {
        cookie: admin.cookie,
      })
    ).json()) as Page;
    expect(desc.items.map((i) => i.username)).toEqual([`c${tag}`, `b${tag}`, `a${tag}`]);
    expect(desc.items[0]).toEqual({
      id: expect.any(String),
      username: `c${tag}`,
      name: `甲${tag}`,
      roles: ['reviewer'],
      pendingRoles: [],
      residentId: expect.stringMatching(/^\d{4}\*{10}\d{3}[\dX]$/),
      disabled: false,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const byCreated = (await (
      await h.call('GET', `/api/bureau/staff?q=${tag}&sort=createdAt&order=asc`, { cookie: admin.cookie })
    ).json()) as Page;
    expect(byCreated.items.map((i) => i.username)).toEqual([`b${tag}`, `c${tag}`, `a${tag}`]);
  });

  it('treats % and _ in the search as plain characters', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const tag = unique('w');
    await create(h, admin.cookie, { username: uniqueUsername(), name: `${tag}%_\\` });
    await create(h, admin.cookie, { username: uniqueUsername(), name: `${tag}xyz` });
    const search = async (q: string) =>
      (
        (await (
          await h.call('GET', `/api/bureau/staff?q=${encodeURIComponent(q)}`, { cookie: admin.cookie })
        ).json()) as Page
      ).total;
    expect(await search(tag)).toBe(2);
    expect(await search(`${tag}%`)).toBe(1);
    expect(await search(`${tag}_`)).toBe(0);
    expect(await search(`${tag}%_\\`)).toBe(1);
    expect(escapeLike('a%b_c\\d')).toBe('a\\%b\\_c\\\\d');
  });

  it('answers bad paging parameters with 400', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    for (const query of ['page=0', 'pageSize=1000', 'sort=password_hash', 'order=sideways', 'page=abc']) {
      const res = await h.call('GET', `/api/bureau/staff?${query}`, { cookie: admin.cookie });
      expect(res.status, query).toBe(400);
      expect((await errorOf(res)).code).toBe('validation_failed');
    }
    expect((await h.call('GET', '/api/bureau/staff?page=&sort=&q=', { cookie: admin.cookie })).status).toBe(
      200,
    );
  });
});

describe('POST /api/bureau/staff', () => {
  it('creates an account that can sign in, audited', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const username = uniqueUsername();
    const res = await create(h, admin.cookie, {
      username,
      name: '新同事',
      roles: ['reviewer', 'approver', 'reviewer'],
    });
    expect(res.status).toBe(201);
    const { item } = (await res.json()) as { item: Item };
    // approver is elevated: asked for, effective only once a second admin confirms (decision 0008)
    expect(item).toMatchObject({
      username,
      name: '新同事',
      roles: ['reviewer'],
      pendingRoles: ['approver'],
      disabled: false,
    });
    const audit = await h.auditOf(item.id, 'staff.create');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_id).toBe(admin.id);
    expect(JSON.stringify(audit)).not.toContain(TEST_PASSWORD);
    const signIn = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'bureau', login: username, password: TEST_PASSWORD },
    });
    expect(signIn.status).toBe(200);
  });

  it('refuses a duplicate username with 409 and invalid input with 400', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const username = uniqueUsername();
    expect((await create(h, admin.cookie, { username, name: '甲' })).status).toBe(201);
    const dup = await create(h, admin.cookie, { username, name: '乙' });
    expect(dup.status).toBe(409);
    expect((await errorOf(dup)).code).toBe('conflict');
    const bad = await create(h, admin.cookie, {
      username: 'A!',
      name: '',
      roles: ['king'],
      password: 'weak',
    });
    expect(bad.status).toBe(400);
    const paths = ((await errorOf(bad)).details?.fields ?? []).map((f) => f.path.split('.')[0]);
    expect(new Set(paths)).toEqual(new Set(['username', 'name', 'roles', 'password']));
  });
});

describe('PATCH /api/bureau/staff/:id', () => {
  it('changes roles, audited with before and after', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const target = await h.bureau(['reviewer']);
    const res = await h.call('PATCH', `/api/bureau/staff/${target.id}`, {
      cookie: admin.cookie,
      body: { roles: ['auditor', 'registrar'] },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { item: Item }).item.roles).toEqual(['auditor', 'registrar']);
    const audit = await h.auditOf(target.id, 'staff.update');
    expect(audit[0]?.details).toEqual({
      before: { roles: ['reviewer'], disabled: false },
      after: { roles: ['auditor', 'registrar'], disabled: false },
    });
    // the new roles apply to the live session at once
    const me = (await (await h.call('GET', '/api/me', { cookie: target.cookie })).json()) as {
      user: { roles: string[] };
    };
    expect(me.user.roles).toEqual(['auditor', 'registrar']);
  });

  it('disabling ends the account’s sessions and stops sign-in; enabling lets it back in', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const target = await h.bureau(['reviewer']);
    const signIn = () =>
      h.call('POST', '/api/auth/sign-in', {
        body: { kind: 'bureau', login: target.username, password: TEST_PASSWORD },
      });
    expect((await signIn()).status).toBe(200);
    expect(await h.sessionCount(target.id)).toBe(2);

    const off = await h.call('PATCH', `/api/bureau/staff/${target.id}`, {
      cookie: admin.cookie,
      body: { disabled: true },
    });
    expect(off.status).toBe(200);
    expect(((await off.json()) as { item: Item }).item.disabled).toBe(true);
    expect(await h.sessionCount(target.id)).toBe(0);
    expect((await h.call('GET', '/api/me', { cookie: target.cookie })).status).toBe(401);
    expect((await signIn()).status).toBe(401);

    const on = await h.call('PATCH', `/api/bureau/staff/${target.id}`, {
      cookie: admin.cookie,
      body: { disabled: false },
    });
    expect(on.status).toBe(200);
    expect((await signIn()).status).toBe(200);
  });

  it('keeps an admin from removing their own admin role or disabling themself', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin', 'reviewer']);
    const demote = await h.call('PATCH', `/api/bureau/staff/${admin.id}`, {
      cookie: admin.cookie,
      body: { roles: ['reviewer'] },
      headers: { 'accept-language': 'en' },
    });
    expect(demote.status).toBe(409);
    expect((await errorOf(demote)).message).toMatch(/own admin role/);
    const disable = await h.call('PATCH', `/api/bureau/staff/${admin.id}`, {
      cookie: admin.cookie,
      body: { disabled: true },
    });
    expect(disable.status).toBe(409);
    expect((await errorOf(disable)).message).toBe('不能停用自己的账户');
    // changing their other roles is fine
    const ok = await h.call('PATCH', `/api/bureau/staff/${admin.id}`, {
      cookie: admin.cookie,
      body: { roles: ['admin'] },
    });
    expect(ok.status).toBe(200);
  });

  it('answers 404 for an unknown id or one that is not bureau staff', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const applicant = await h.applicant();
    for (const id of ['00000000-0000-4000-8000-000000000000', applicant.id, 'nope']) {
      const res = await h.call('PATCH', `/api/bureau/staff/${id}`, {
        cookie: admin.cookie,
        body: { disabled: true },
      });
      expect(res.status, id).toBe(404);
    }
    expect((await h.call('GET', '/api/me', { cookie: applicant.cookie })).status).toBe(200);
  });
});
