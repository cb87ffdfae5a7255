import { describe, expect, it } from 'vitest';
import {
  createTestHarness,
  errorOf,
  expectNoServerError,
  SQL_METACHARACTERS,
  sessionCookieOf,
  TEST_PASSWORD,
  uniqueMobile,
  uniqueUscc,
} from '../../testing/index.js';

const routes = [
  ['POST', '/api/auth/sign-up/applicant'],
  ['POST', '/api/auth/sign-up/employer'],
  ['POST', '/api/auth/sign-in'],
  ['POST', '/api/auth/sign-out'],
  ['POST', '/api/auth/codes'],
  ['POST', '/api/auth/password-reset'],
] as const;

describe('auth routes: security', () => {
  it('are open to anonymous callers but refuse a missing or foreign Origin', async () => {
    const h = await createTestHarness();
    for (const [method, path] of routes) {
      for (const origin of [null, 'https://attacker.example']) {
        const res = await h.call(method, path, { body: {}, origin });
        expect(res.status, `${path} ${origin}`).toBe(403);
        expect((await errorOf(res)).code).toBe('bad_origin');
      }
    }
  });

  it('ignore a session the caller already holds: sign-in issues a fresh token (no fixation)', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const res = await h.call('POST', '/api/auth/sign-in', {
      cookie: a.cookie,
      body: { kind: 'applicant', login: a.mobile, password: TEST_PASSWORD },
    });
    expect(res.status).toBe(200);
    expect(sessionCookieOf(res)).not.toBe(a.cookie);
  });

  it('sign-out ends only the caller’s own session', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const b = await h.applicant();
    await h.call('POST', '/api/auth/sign-out', { cookie: a.cookie });
    expect((await h.call('GET', '/api/me', { cookie: b.cookie })).status).toBe(200);
  });

  it('answer SQL metacharacters in every text field with 4xx or success, never 5xx', async () => {
    const h = await createTestHarness();
    for (const nasty of SQL_METACHARACTERS) {
      const applicant = { mobile: uniqueMobile(), password: TEST_PASSWORD, name: '李明', code: '123456' };
      for (const field of Object.keys(applicant)) {
        const mobile = uniqueMobile();
        const code = await h.requestCode('sign_up', 'applicant', mobile);
        const res = await h.call('POST', '/api/auth/sign-up/applicant', {
          body: { ...applicant, mobile, code, [field]: nasty },
        });
        expectNoServerError(res, `sign-up/applicant ${field}=${JSON.stringify(nasty)}`);
        if (field === 'name' && !nasty.includes('\u0000')) expect(res.status).toBe(201);
      }
      const employer = {
        uscc: uniqueUscc(),
        orgName: '某某有限公司',
        contactName: '赵六',
        contactMobile: uniqueMobile(),
        password: TEST_PASSWORD,
        code: '123456',
      };
      for (const field of Object.keys(employer)) {
        const res = await h.call('POST', '/api/auth/sign-up/employer', {
          body: { ...employer, uscc: uniqueUscc(), contactMobile: uniqueMobile(), [field]: nasty },
        });
        expectNoServerError(res, `sign-up/employer ${field}=${JSON.stringify(nasty)}`);
      }
      for (const field of ['purpose', 'kind', 'mobile']) {
        const body = { purpose: 'password_reset', kind: 'employer', mobile: uniqueMobile(), [field]: nasty };
        const res = await h.call('POST', '/api/auth/codes', { body });
        expectNoServerError(res, `codes ${field}=${JSON.stringify(nasty)}`);
      }
      for (const field of ['kind', 'mobile', 'code', 'password']) {
        const body = { kind: 'applicant', mobile: uniqueMobile(), code: '123456', password: TEST_PASSWORD };
        const res = await h.call('POST', '/api/auth/password-reset', { body: { ...body, [field]: nasty } });
        expectNoServerError(res, `password-reset ${field}=${JSON.stringify(nasty)}`);
        expect(res.status).toBe(400);
      }
      for (const field of ['kind', 'login', 'password']) {
        const body = { kind: 'bureau', login: `x${Math.random()}`, password: 'whatever1', [field]: nasty };
        const res = await h.call('POST', '/api/auth/sign-in', { body });
        expectNoServerError(res, `sign-in ${field}=${JSON.stringify(nasty)}`);
        expect([400, 401, 429]).toContain(res.status);
      }
    }
    // the table is still there
    const count = await h.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(count?.n)).toBeGreaterThan(0);
  });

  it('answer wrong JSON types with 400, never 5xx', async () => {
    const h = await createTestHarness();
    for (const body of [[], 'text', 42, null, { kind: ['applicant'], login: { $ne: 1 }, password: true }]) {
      const res = await h.call('POST', '/api/auth/sign-in', { body: JSON.stringify(body) });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });
});
