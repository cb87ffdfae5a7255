import { describe, expect, it } from 'vitest';
import {
  createTestHarness,
  errorOf,
  expectNoServerError,
  SQL_METACHARACTERS,
  TEST_PASSWORD,
  type TestHarness,
  uniqueResidentId,
} from '../../testing/index.js';

const ANY_ID = '00000000-0000-4000-8000-000000000000';

function routes(applicantId: string) {
  return [
    ['GET', '/api/me', undefined],
    ['PUT', '/api/me/profile', { name: '张三', residentId: uniqueResidentId() }],
    ['GET', '/api/me/resident-id', undefined],
    ['POST', '/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'Brand-new-pass-9' }],
    ['GET', `/api/bureau/applicants/${applicantId}`, undefined],
    ['POST', `/api/bureau/applicants/${applicantId}/reveal-resident-id`, undefined],
  ] as const;
}

async function status(h: TestHarness, method: string, path: string, cookie?: string, body?: unknown) {
  const res = await h.call(method, path, { cookie, body });
  return res.status;
}

describe('accounts routes: security', () => {
  it('answer anonymous callers with 401 on every route', async () => {
    const h = await createTestHarness();
    for (const [method, path, body] of routes(ANY_ID)) {
      const res = await h.call(method, path, { body });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect((await errorOf(res)).code).toBe('unauthenticated');
    }
  });

  it('answer 401 for the session of a disabled account', async () => {
    const h = await createTestHarness();
    const b = await h.bureau(['admin']);
    await h.db.updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', b.id).execute();
    expect(await status(h, 'GET', '/api/me', b.cookie)).toBe(401);
  });

  it('keep the profile and its ID to applicants', async () => {
    const h = await createTestHarness();
    const e = await h.employerStaff();
    const b = await h.bureau(['admin']);
    for (const user of [e, b]) {
      expect(
        await status(h, 'PUT', '/api/me/profile', user.cookie, {
          name: '张三',
          residentId: uniqueResidentId(),
        }),
      ).toBe(403);
      expect(await status(h, 'GET', '/api/me/resident-id', user.cookie)).toBe(404);
    }
  });

  it('show each user only their own record', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const b = await h.applicant();
    const me = (await (await h.call('GET', '/api/me', { cookie: a.cookie })).json()) as {
      user: { id: string };
    };
    expect(me.user.id).toBe(a.id);
    const own = (await (await h.call('GET', '/api/me/resident-id', { cookie: a.cookie })).json()) as {
      residentId: string;
    };
    expect(own.residentId).toBe(a.residentId);
    expect(own.residentId).not.toBe(b.residentId);
    // an applicant cannot reach another applicant's record through the bureau routes
    expect(await status(h, 'GET', `/api/bureau/applicants/${b.id}`, a.cookie)).toBe(403);
    expect(await status(h, 'POST', `/api/bureau/applicants/${b.id}/reveal-resident-id`, a.cookie)).toBe(403);
    // nor through its own id
    expect(await status(h, 'GET', `/api/bureau/applicants/${a.id}`, a.cookie)).toBe(403);
  });

  it('keep bureau applicant views from the wrong roles and kinds', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const employer = await h.employerStaff({ status: 'verified' });
    const finance = await h.bureau(['finance']);
    for (const user of [employer, finance]) {
      expect(await status(h, 'GET', `/api/bureau/applicants/${a.id}`, user.cookie)).toBe(403);
      expect(await status(h, 'POST', `/api/bureau/applicants/${a.id}/reveal-resident-id`, user.cookie)).toBe(
        403,
      );
    }
    for (const role of ['auditor', 'approver']) {
      const b = await h.bureau([role]);
      const res = await h.call('POST', `/api/bureau/applicants/${a.id}/reveal-resident-id`, {
        cookie: b.cookie,
      });
      expect(res.status, role).toBe(403);
      expect((await errorOf(res)).code).toBe('forbidden');
    }
    expect(await h.auditOf(a.id, 'resident_id.reveal')).toHaveLength(0);
  });

  it('refuse mutations without a matching Origin even with a valid session', async () => {
    const h = await createTestHarness();
    const a = await h.applicant({ residentId: null });
    const reviewer = await h.bureau(['reviewer']);
    for (const origin of [null, 'https://attacker.example']) {
      const profile = await h.call('PUT', '/api/me/profile', {
        cookie: a.cookie,
        origin,
        body: { name: '张三', residentId: uniqueResidentId() },
      });
      expect(profile.status).toBe(403);
      const password = await h.call('POST', '/api/me/password', {
        cookie: a.cookie,
        origin,
        body: { currentPassword: TEST_PASSWORD, newPassword: 'Brand-new-pass-9' },
      });
      expect(password.status).toBe(403);
      const reveal = await h.call('POST', `/api/bureau/applicants/${a.id}/reveal-resident-id`, {
        cookie: reviewer.cookie,
        origin,
      });
      expect(reveal.status).toBe(403);
    }
  });

  it('answer SQL metacharacters in every text field with 4xx or success, never 5xx', async () => {
    const h = await createTestHarness();
    const reviewer = await h.bureau(['reviewer']);
    for (const nasty of SQL_METACHARACTERS) {
      const a = await h.applicant({ residentId: null });
      for (const body of [
        { name: nasty, residentId: uniqueResidentId() },
        { name: '张三', residentId: nasty },
      ]) {
        const res = await h.call('PUT', '/api/me/profile', { cookie: a.cookie, body });
        expectNoServerError(res, `profile ${JSON.stringify(body)}`);
      }
      for (const body of [
        { currentPassword: nasty, newPassword: 'Brand-new-pass-9' },
        { currentPassword: 'Wrong-pass-1', newPassword: `${nasty}Ab1xxxxx` },
      ]) {
        const res = await h.call('POST', '/api/me/password', { cookie: a.cookie, body });
        expectNoServerError(res, `password ${JSON.stringify(body)}`);
        expect(res.status).toBeLessThan(500);
      }
      const id = encodeURIComponent(nasty);
      for (const [method, path] of [
        ['GET', `/api/bureau/applicants/${id}`],
        ['POST', `/api/bureau/applicants/${id}/reveal-resident-id`],
      ] as const) {
        const res = await h.call(method, path, { cookie: reviewer.cookie });
        expectNoServerError(res, `${method} ${path}`);
        expect(res.status).toBe(404);
      }
    }
  });
});
