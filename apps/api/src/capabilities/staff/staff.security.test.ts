import { describe, expect, it } from 'vitest';
import {
  createTestHarness,
  errorOf,
  expectNoServerError,
  SQL_METACHARACTERS,
  TEST_PASSWORD,
  uniqueResidentId,
  uniqueUsername,
} from '../../testing/index.js';

describe('staff routes: security', () => {
  it('answer anonymous callers with 401', async () => {
    const h = await createTestHarness();
    const target = await h.bureau(['reviewer']);
    for (const [method, path, body] of [
      ['GET', '/api/bureau/staff', undefined],
      [
        'POST',
        '/api/bureau/staff',
        {
          username: uniqueUsername(),
          name: '甲',
          roles: ['admin'],
          password: TEST_PASSWORD,
          residentId: uniqueResidentId(),
        },
      ],
      ['PATCH', `/api/bureau/staff/${target.id}`, { roles: ['admin'] }],
      ['GET', '/api/bureau/staff-grants', undefined],
      ['POST', '/api/bureau/staff-grants/00000000-0000-4000-8000-000000000000/confirm', undefined],
      ['POST', '/api/bureau/staff-grants/00000000-0000-4000-8000-000000000000/refuse', undefined],
    ] as const) {
      const res = await h.call(method, path, { body });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('refuse every non-admin; the auditor may only read', async () => {
    const h = await createTestHarness();
    const target = await h.bureau(['reviewer']);
    const applicant = await h.applicant();
    const employer = await h.employerStaff({ status: 'verified' });
    const others = await Promise.all(
      ['reviewer', 'approver', 'registrar', 'finance'].map((r) => h.bureau([r])),
    );
    const auditor = await h.bureau(['auditor']);
    for (const user of [applicant, employer, ...others, auditor]) {
      const createRes = await h.call('POST', '/api/bureau/staff', {
        cookie: user.cookie,
        body: {
          username: uniqueUsername(),
          name: '甲',
          roles: ['admin'],
          password: TEST_PASSWORD,
          residentId: uniqueResidentId(),
        },
      });
      expect(createRes.status).toBe(403);
      expect((await errorOf(createRes)).code).toBe('forbidden');
      const patch = await h.call('PATCH', `/api/bureau/staff/${target.id}`, {
        cookie: user.cookie,
        body: { roles: ['admin'] },
      });
      expect(patch.status).toBe(403);
      // and nobody may promote themself
      const self = await h.call('PATCH', `/api/bureau/staff/${user.id}`, {
        cookie: user.cookie,
        body: { roles: ['admin'] },
      });
      expect([403]).toContain(self.status);
    }
    for (const user of [applicant, employer, ...others]) {
      expect((await h.call('GET', '/api/bureau/staff', { cookie: user.cookie })).status).toBe(403);
    }
    expect((await h.call('GET', '/api/bureau/staff', { cookie: auditor.cookie })).status).toBe(200);
    const row = await h.db
      .selectFrom('app_user')
      .select('roles')
      .where('id', '=', target.id)
      .executeTakeFirstOrThrow();
    expect(row.roles).toEqual(['reviewer']);
  });

  it('end a disabled account’s sessions and keep it out', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const target = await h.bureau(['admin']);
    const res = await h.call('PATCH', `/api/bureau/staff/${target.id}`, {
      cookie: admin.cookie,
      body: { disabled: true },
    });
    expect(res.status).toBe(200);
    // its old session can no longer act
    const attempt = await h.call('PATCH', `/api/bureau/staff/${admin.id}`, {
      cookie: target.cookie,
      body: { disabled: true },
    });
    expect(attempt.status).toBe(401);
    const signIn = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'bureau', login: target.username, password: TEST_PASSWORD },
    });
    expect(signIn.status).toBe(401);
  });

  it('refuse mutations without a matching Origin', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const target = await h.bureau(['reviewer']);
    for (const origin of [null, 'https://attacker.example']) {
      const c = await h.call('POST', '/api/bureau/staff', {
        cookie: admin.cookie,
        origin,
        body: {
          username: uniqueUsername(),
          name: '甲',
          roles: ['admin'],
          password: TEST_PASSWORD,
          residentId: uniqueResidentId(),
        },
      });
      expect(c.status).toBe(403);
      const p = await h.call('PATCH', `/api/bureau/staff/${target.id}`, {
        cookie: admin.cookie,
        origin,
        body: { disabled: true },
      });
      expect(p.status).toBe(403);
    }
    expect(await h.sessionCount(target.id)).toBe(1);
  });

  it('answer SQL metacharacters in every field and parameter with 4xx or success, never 5xx', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const target = await h.bureau(['reviewer']);
    for (const nasty of SQL_METACHARACTERS) {
      const q = encodeURIComponent(nasty);
      for (const query of [`q=${q}`, `sort=${q}`, `order=${q}`, `page=${q}`, `pageSize=${q}`]) {
        const res = await h.call('GET', `/api/bureau/staff?${query}`, { cookie: admin.cookie });
        expectNoServerError(res, `list ${query}`);
        if (query.startsWith('q=') && !nasty.includes('\u0000')) expect(res.status).toBe(200);
      }
      const base = { username: uniqueUsername(), name: '甲', roles: ['reviewer'], password: TEST_PASSWORD };
      for (const body of [
        { ...base, username: nasty },
        { ...base, username: uniqueUsername(), name: nasty },
        { ...base, username: uniqueUsername(), roles: [nasty] },
        { ...base, username: uniqueUsername(), password: `${nasty}Ab1xxxxx` },
      ]) {
        const res = await h.call('POST', '/api/bureau/staff', { cookie: admin.cookie, body });
        expectNoServerError(res, `create ${JSON.stringify(body)}`);
      }
      const patch = await h.call('PATCH', `/api/bureau/staff/${target.id}`, {
        cookie: admin.cookie,
        body: { roles: [nasty] },
      });
      expect(patch.status).toBe(400);
      const path = await h.call('PATCH', `/api/bureau/staff/${encodeURIComponent(nasty)}`, {
        cookie: admin.cookie,
        body: { disabled: false },
      });
      expect(path.status).toBe(404);
    }
  });
});
