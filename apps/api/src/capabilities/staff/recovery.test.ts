import { describe, expect, it } from 'vitest';
import {
  createTestHarness,
  errorOf,
  sessionCookieOf,
  TEST_PASSWORD,
  type TestHarness,
} from '../../testing/index.js';

type MeBody = { user: { mustChangePassword?: boolean } };

function randomAddress(): string {
  const octet = () => Math.floor(Math.random() * 250);
  return `10.${octet()}.${octet()}.${octet()}`;
}

function signInFrom(h: TestHarness, address: string, login: string, password: string) {
  return h.call('POST', '/api/auth/sign-in', {
    body: { kind: 'bureau', login, password },
    headers: { 'x-forwarded-for': address },
  });
}

describe('admin unlock of a staff account', () => {
  it('lifts the delays of every pair of that account only, audited', async () => {
    const h = await createTestHarness({ trustProxy: true });
    const admin = await h.bureau(['admin']);
    const locked = await h.bureau(['registrar']);
    const other = await h.bureau(['registrar']);
    const office = randomAddress();
    for (const s of [locked, other]) {
      for (let i = 0; i < 5; i++) await signInFrom(h, office, s.username, 'Wrong-guess-1');
      expect((await signInFrom(h, office, s.username, TEST_PASSWORD)).status).toBe(429);
    }
    const res = await h.call('POST', `/api/bureau/staff/${locked.id}/unlock`, { cookie: admin.cookie });
    expect(res.status).toBe(204);
    expect((await signInFrom(h, office, locked.username, TEST_PASSWORD)).status).toBe(200);
    expect((await signInFrom(h, office, other.username, TEST_PASSWORD)).status).toBe(429);
    const audit = await h.auditOf(locked.id, 'staff.unlock');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_id).toBe(admin.id);
    expect(audit[0]?.details).toEqual({ throttlesCleared: 1 });
  });
});

describe('admin password reset of a staff account', () => {
  it('sets a temporary password once, ends the sessions, and asks for a new one at sign-in', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const staff = await h.bureau(['reviewer']);
    const res = await h.call('POST', `/api/bureau/staff/${staff.id}/password-reset`, {
      cookie: admin.cookie,
    });
    expect(res.status).toBe(200);
    const { temporaryPassword } = (await res.json()) as { temporaryPassword: string };
    expect(temporaryPassword).toMatch(/^(?=.*[a-zA-Z])(?=.*\d)[a-zA-Z\d]{12}$/);
    expect(await h.sessionCount(staff.id)).toBe(0);
    expect((await h.call('GET', '/api/me', { cookie: staff.cookie })).status).toBe(401);
    const audit = await h.auditOf(staff.id, 'staff.password_reset');
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword);

    const old = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'bureau', login: staff.username, password: TEST_PASSWORD },
    });
    expect(old.status).toBe(401);
    const signIn = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'bureau', login: staff.username, password: temporaryPassword },
    });
    expect(signIn.status).toBe(200);
    expect(((await signIn.json()) as MeBody).user.mustChangePassword).toBe(true);
    const cookie = sessionCookieOf(signIn) ?? '';
    // the admin knows the temporary password: it opens nothing but the change of password
    const blocked = await h.call('GET', '/api/notifications', { cookie });
    expect(blocked.status).toBe(403);
    expect((await errorOf(blocked)).message).toBe('请先修改管理员设置的临时密码');
    expect((await h.call('GET', '/api/me', { cookie })).status).toBe(200);
    const changed = await h.call('POST', '/api/me/password', {
      cookie,
      body: { currentPassword: temporaryPassword, newPassword: 'Chosen-pass-7' },
    });
    expect(changed.status).toBe(204);
    const fresh = sessionCookieOf(changed) ?? cookie;
    const me = await h.call('GET', '/api/me', { cookie: fresh });
    expect(((await me.json()) as MeBody).user.mustChangePassword).toBeUndefined();
    expect((await h.call('GET', '/api/notifications', { cookie: fresh })).status).toBe(200);
  });
});

describe('staff recovery routes: security', () => {
  const paths = (id: string) => [`/api/bureau/staff/${id}/unlock`, `/api/bureau/staff/${id}/password-reset`];

  it('refuse anonymous callers (401) and any role but admin (403), changing nothing', async () => {
    const h = await createTestHarness();
    const staff = await h.bureau(['reviewer']);
    const auditor = await h.bureau(['auditor', 'reviewer', 'approver', 'registrar', 'finance']);
    const applicant = await h.applicant();
    const employer = await h.employerStaff({ role: 'admin' });
    for (const path of paths(staff.id)) {
      expect((await h.call('POST', path)).status).toBe(401);
      expect((await h.call('POST', path, { cookie: auditor.cookie })).status).toBe(403);
      expect((await h.call('POST', path, { cookie: applicant.cookie })).status).toBe(403);
      expect((await h.call('POST', path, { cookie: employer.cookie })).status).toBe(403);
    }
    expect(await h.sessionCount(staff.id)).toBe(1);
    expect(await h.auditOf(staff.id, 'staff.password_reset')).toHaveLength(0);
  });

  it('answer 404 for an unknown id and for an account that is not staff', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const applicant = await h.applicant();
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', applicant.id]) {
      for (const path of paths(id)) {
        const res = await h.call('POST', path, { cookie: admin.cookie });
        expect(res.status, path).toBe(404);
        expect((await errorOf(res)).code).toBe('not_found');
      }
    }
    expect(await h.sessionCount(applicant.id)).toBe(1);
  });
});
