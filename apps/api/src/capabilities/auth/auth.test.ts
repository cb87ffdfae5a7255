import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../platform/config.js';
import {
  createTestHarness,
  errorOf,
  sessionCookieOf,
  TEST_PASSWORD,
  testPii,
  uniqueMobile,
  uniqueUscc,
  uniqueUsername,
} from '../../testing/index.js';
import { accountThrottleKey } from './throttleKeys.js';

type MeBody = { user: Record<string, unknown> & { id: string } };

describe('sign-up', () => {
  it('registers an applicant, signs them in and audits it', async () => {
    const h = await createTestHarness();
    const mobile = uniqueMobile();
    const code = await h.requestCode('sign_up', 'applicant', mobile);
    const res = await h.call('POST', '/api/auth/sign-up/applicant', {
      body: { mobile, password: TEST_PASSWORD, name: ' 李明 ', code },
    });
    expect(res.status).toBe(201);
    const { user } = (await res.json()) as MeBody;
    expect(user).toEqual({
      id: expect.any(String),
      kind: 'applicant',
      name: '李明',
      login: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`,
      roles: [],
      employer: null,
      employerRole: null,
      residentId: null,
      identityVerifiedBy: null,
    });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^talent_session=[a-z2-7]{32};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);

    const me = await h.call('GET', '/api/me', { cookie: sessionCookieOf(res) });
    expect(((await me.json()) as MeBody).user.id).toBe(user.id);
    const audit = await h.auditOf(user.id, 'auth.sign_up');
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.details)).not.toContain(mobile);
  });

  it('spends the code: the same code cannot register twice', async () => {
    const h = await createTestHarness();
    const mobile = uniqueMobile();
    const code = await h.requestCode('sign_up', 'applicant', mobile);
    const body = { mobile, password: TEST_PASSWORD, name: '王五', code };
    expect((await h.call('POST', '/api/auth/sign-up/applicant', { body })).status).toBe(201);
    const again = await h.call('POST', '/api/auth/sign-up/applicant', { body });
    expect(again.status).toBe(400);
    expect((await errorOf(again)).details?.fields?.[0]?.path).toBe('code');
  });

  it('registers an employer as pending with its contact as admin', async () => {
    const h = await createTestHarness();
    const uscc = uniqueUscc();
    const contactMobile = uniqueMobile();
    const res = await h.call('POST', '/api/auth/sign-up/employer', {
      body: {
        uscc: uscc.toLowerCase(),
        orgName: '庆阳市测试有限公司',
        contactName: '赵六',
        contactMobile,
        password: TEST_PASSWORD,
        code: await h.requestCode('sign_up', 'employer', contactMobile),
      },
    });
    expect(res.status).toBe(201);
    const { user } = (await res.json()) as MeBody;
    expect(user).toMatchObject({
      kind: 'employer',
      name: '赵六',
      employerRole: 'admin',
      employer: { name: '庆阳市测试有限公司', uscc, status: 'pending' },
    });
    const employer = await h.db
      .selectFrom('employer')
      .selectAll()
      .where('uscc', '=', uscc)
      .executeTakeFirstOrThrow();
    expect(employer.uscc_warnings).toEqual([]);
    expect(await h.auditOf(employer.id, 'employer.register')).toHaveLength(1);

    const otherMobile = uniqueMobile();
    const dup = await h.call('POST', '/api/auth/sign-up/employer', {
      body: {
        uscc,
        orgName: '另一家公司',
        contactName: '钱七',
        contactMobile: otherMobile,
        password: TEST_PASSWORD,
        code: await h.requestCode('sign_up', 'employer', otherMobile),
      },
    });
    expect(dup.status).toBe(409);
    expect((await errorOf(dup)).code).toBe('conflict');
  });

  it('keeps a credit code with a wrong check character, flagged for the reviewer', async () => {
    const h = await createTestHarness();
    const good = uniqueUscc();
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const contactMobile = uniqueMobile();
    const res = await h.call('POST', '/api/auth/sign-up/employer', {
      body: {
        uscc: bad,
        orgName: '校验位不符公司',
        contactName: '孙八',
        contactMobile,
        password: TEST_PASSWORD,
        code: await h.requestCode('sign_up', 'employer', contactMobile),
      },
    });
    expect(res.status).toBe(201);
    const employer = await h.db
      .selectFrom('employer')
      .selectAll()
      .where('uscc', '=', bad)
      .executeTakeFirstOrThrow();
    expect(employer.uscc_warnings).toEqual(['uscc.checksum_mismatch']);
  });

  it('answers an invalid mobile, credit code or weak password with 400 and field errors', async () => {
    const h = await createTestHarness();
    const applicant = await h.call('POST', '/api/auth/sign-up/applicant', {
      body: { mobile: '12345', password: 'password', name: '李明', code: '123456' },
    });
    expect(applicant.status).toBe(400);
    const error = await errorOf(applicant);
    expect(error.code).toBe('validation_failed');
    expect(error.requestId).toBe(applicant.headers.get('x-request-id'));
    const fields = error.details?.fields ?? [];
    expect(fields.map((f) => f.path).sort()).toEqual(['mobile', 'password']);
    expect(fields.find((f) => f.path === 'mobile')).toMatchObject({ code: 'validation.mobile.invalid' });
    expect(fields.every((f) => f.message && !f.message.startsWith('validation.'))).toBe(true);

    const employer = await h.call('POST', '/api/auth/sign-up/employer', {
      body: {
        uscc: 'ABC',
        orgName: '某公司',
        contactName: '赵六',
        contactMobile: uniqueMobile(),
        password: 'short1',
        code: '123456',
      },
      headers: { 'accept-language': 'en' },
    });
    expect(employer.status).toBe(400);
    const employerFields = (await errorOf(employer)).details?.fields ?? [];
    expect(employerFields.map((f) => f.path).sort()).toEqual(['password', 'uscc']);
    expect(employerFields.find((f) => f.path === 'uscc')?.code).toMatch(/^validation\.uscc\./);
    expect(employerFields.find((f) => f.path === 'password')?.message).toMatch(/[A-Za-z]/);
  });

  it('reports missing fields as required', async () => {
    const h = await createTestHarness();
    const res = await h.call('POST', '/api/auth/sign-up/applicant', { body: {} });
    expect(res.status).toBe(400);
    const fields = (await errorOf(res)).details?.fields ?? [];
    expect(fields.map((f) => f.path).sort()).toEqual(['code', 'mobile', 'name', 'password']);
  });
});

describe('sign-in', () => {
  it('signs in with the right password, from a mobile typed with +86 and spaces', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const res = await h.call('POST', '/api/auth/sign-in', {
      body: {
        kind: 'applicant',
        login: `+86 ${a.mobile.slice(0, 3)} ${a.mobile.slice(3)}`,
        password: TEST_PASSWORD,
      },
    });
    expect(res.status).toBe(200);
    const { user } = (await res.json()) as MeBody;
    expect(user.id).toBe(a.id);
    const cookie = sessionCookieOf(res);
    expect(cookie).toBeDefined();
    expect(cookie).not.toBe(a.cookie);
    const audit = await h.auditOf(a.id, 'auth.sign_in');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toEqual({
      kind: 'applicant',
      login: `${a.mobile.slice(0, 3)}****${a.mobile.slice(-4)}`,
    });
    expect(audit[0]?.request_id).toBe(res.headers.get('x-request-id'));
  });

  it('marks the cookie Secure when the request came over https (behind a trusted proxy)', async () => {
    const h = await createTestHarness({ trustProxy: true });
    const a = await h.applicant();
    const res = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'applicant', login: a.mobile, password: TEST_PASSWORD },
      headers: {
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'talent.example.gov.cn',
        'x-forwarded-for': '203.0.113.9',
      },
      origin: 'https://talent.example.gov.cn',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('signs bureau staff in by username', async () => {
    const h = await createTestHarness();
    const b = await h.bureau(['reviewer']);
    const res = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'bureau', login: b.username.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as MeBody).user).toMatchObject({
      kind: 'bureau',
      login: b.username,
      roles: ['reviewer'],
    });
  });

  it('answers a wrong password and an unknown account alike, and audits both without the password', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const wrong = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'applicant', login: a.mobile, password: 'Wrong-guess-1' },
    });
    const unknownMobile = uniqueMobile();
    const unknown = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'applicant', login: unknownMobile, password: 'Wrong-guess-1' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const w = await errorOf(wrong);
    const u = await errorOf(unknown);
    expect({ ...w, requestId: '' }).toEqual({ ...u, requestId: '' });
    expect(w.code).toBe('invalid_credentials');

    const failures = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.sign_in.failure')
      .where('request_id', 'in', [w.requestId, u.requestId])
      .execute();
    expect(failures).toHaveLength(2);
    const text = JSON.stringify(failures);
    expect(text).not.toContain('Wrong-guess-1');
    expect(text).not.toContain(a.mobile);
    expect(text).not.toContain(unknownMobile);
    expect(failures.map((f) => (f.details as { reason: string }).reason).sort()).toEqual([
      'unknown_account',
      'wrong_password',
    ]);
  });

  it('takes about as long for an unknown account as for a wrong password', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const time = async (login: string) => {
      const started = performance.now();
      await h.call('POST', '/api/auth/sign-in', {
        body: { kind: 'applicant', login, password: 'Wrong-guess-2' },
      });
      return performance.now() - started;
    };
    await time(uniqueMobile()); // warm the dummy hash
    const wrong = await time(a.mobile);
    const unknown = await time(uniqueMobile());
    expect(unknown).toBeGreaterThan(wrong * 0.3);
  });

  it('makes the sixth attempt of a pair wait a minute, even with the right password, and says so in minutes', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    for (let i = 0; i < 5; i++) {
      const res = await h.call('POST', '/api/auth/sign-in', {
        body: { kind: 'applicant', login: a.mobile, password: `Wrong-guess-${i}` },
      });
      expect(res.status).toBe(401);
    }
    const sixth = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'applicant', login: a.mobile, password: TEST_PASSWORD },
    });
    expect(sixth.status).toBe(429);
    const error = await errorOf(sixth);
    expect(error.code).toBe('rate_limited');
    expect(error.details?.retryAfterSeconds).toBeGreaterThan(50);
    expect(error.details?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(error.message).toBe('尝试次数过多,请 1 分钟后再试');
    expect(Number(sixth.headers.get('retry-after'))).toBe(error.details?.retryAfterSeconds);
    expect(sessionCookieOf(sixth)).toBeUndefined();
  });

  it('doubles the wait of a pair with every further failure', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const attempt = (password = 'Wrong-guess-7') =>
      h.call('POST', '/api/auth/sign-in', { body: { kind: 'applicant', login: a.mobile, password } });
    // the pair's clock, moved back as if the wait had passed
    const waitPasses = () =>
      h.db
        .updateTable('sign_in_throttle')
        .set({ last_failure_at: sql<never>`last_failure_at - interval '2 hours'` })
        .where('account_key', '=', accountThrottleKey({ pii: testPii }, 'applicant', a.mobile))
        .execute();
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401);
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      const refused = await attempt();
      expect(refused.status).toBe(429);
      waits.push(Number(refused.headers.get('retry-after')));
      await waitPasses();
      expect((await attempt()).status).toBe(401);
    }
    expect(waits[0]).toBeLessThanOrEqual(60);
    expect(waits[1]).toBeGreaterThan(60);
    expect(waits[1]).toBeLessThanOrEqual(120);
    expect(waits[2]).toBeGreaterThan(120);
    expect(waits[2]).toBeLessThanOrEqual(240);
    expect((await attempt(TEST_PASSWORD)).status).toBe(429);
    await waitPasses();
    expect((await attempt(TEST_PASSWORD)).status).toBe(200);
  });

  it('forgets a pair’s failures after a successful sign-in', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const attempt = (password: string) =>
      h.call('POST', '/api/auth/sign-in', { body: { kind: 'applicant', login: a.mobile, password } });
    for (let i = 0; i < 4; i++) expect((await attempt('Wrong-guess-9')).status).toBe(401);
    expect((await attempt(TEST_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await attempt('Wrong-guess-9')).status).toBe(401);
    expect((await attempt(TEST_PASSWORD)).status).toBe(429);
  });

  it('does not let a stranger’s 50 failures from one address stop the owner at another', async () => {
    const h = await createTestHarness({ trustProxy: 1 });
    const b = await h.bureau(['registrar']);
    const stranger = randomAddress();
    const from = (ip: string, password: string) =>
      h.call('POST', '/api/auth/sign-in', {
        body: { kind: 'bureau', login: b.username, password },
        headers: { 'x-forwarded-for': ip },
      });
    const answers = new Map<number, number>();
    for (let i = 0; i < 50; i++) {
      const status = (await from(stranger, `Wrong-guess-${i}`)).status;
      answers.set(status, (answers.get(status) ?? 0) + 1);
    }
    expect(answers.get(401)).toBe(5);
    expect(answers.get(429)).toBe(45);
    expect((await from(randomAddress(), TEST_PASSWORD)).status).toBe(200);
    // and the stranger is still waiting
    expect((await from(stranger, TEST_PASSWORD)).status).toBe(429);
  });

  it('caps failures per client address across accounts, generously (behind two trusted proxies)', async () => {
    const h = await createTestHarness({ trustProxy: 2 });
    const perAddress = defaultConfig.signInLimits.perAddress;
    expect(perAddress).toBeGreaterThanOrEqual(50);
    const address = randomAddress();
    const from = (ip: string, login: string, password = 'Wrong-guess-3') =>
      h.call('POST', '/api/auth/sign-in', {
        body: { kind: 'bureau', login, password },
        headers: { 'x-forwarded-for': `${ip}, 192.0.2.1` },
      });
    for (let i = 0; i < perAddress; i++) expect((await from(address, uniqueUsername())).status).toBe(401);
    const b = await h.bureau(['reviewer']);
    const refused = await from(address, b.username, TEST_PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // another address is not affected
    expect((await from(randomAddress(), b.username, TEST_PASSWORD)).status).toBe(200);
  });

  it('takes the per-address limit from the configuration, and a success takes its attempt back', async () => {
    const h = await createTestHarness({ trustProxy: true, signInLimits: { perPair: 5, perAddress: 7 } });
    const address = randomAddress();
    const b = await h.bureau(['reviewer']);
    const from = (login: string, password = 'Wrong-guess-4') =>
      h.call('POST', '/api/auth/sign-in', {
        body: { kind: 'bureau', login, password },
        headers: { 'x-forwarded-for': address },
      });
    for (let i = 0; i < 6; i++) expect((await from(uniqueUsername())).status).toBe(401);
    expect((await from(b.username, TEST_PASSWORD)).status).toBe(200);
    expect((await from(uniqueUsername())).status).toBe(401);
    expect((await from(uniqueUsername())).status).toBe(429);
  });

  it('does not let a disabled account in, with the same answer as a wrong password', async () => {
    const h = await createTestHarness();
    const b = await h.bureau(['reviewer'], { disabled: true });
    const res = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'bureau', login: b.username, password: TEST_PASSWORD },
    });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('invalid_credentials');
    const audit = await h.auditOf(b.id, 'auth.sign_in.failure');
    expect(audit[0]?.details).toMatchObject({ reason: 'disabled' });
  });

  it('checks the account kind: an applicant cannot sign in to the bureau console', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const res = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'bureau', login: a.mobile, password: TEST_PASSWORD },
    });
    expect(res.status).toBe(401);
  });
});

describe('sign-out', () => {
  it('ends the session, clears the cookie and audits it', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    expect(await h.sessionCount(a.id)).toBe(1);
    const res = await h.call('POST', '/api/auth/sign-out', { cookie: a.cookie });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/talent_session=;.*Max-Age=0/);
    expect(await h.sessionCount(a.id)).toBe(0);
    expect((await h.call('GET', '/api/me', { cookie: a.cookie })).status).toBe(401);
    expect(await h.auditOf(a.id, 'auth.sign_out')).toHaveLength(1);
  });

  it('is harmless without a session', async () => {
    const h = await createTestHarness();
    expect((await h.call('POST', '/api/auth/sign-out')).status).toBe(204);
  });
});

function randomAddress(): string {
  const octet = () => Math.floor(Math.random() * 250);
  return `10.${octet()}.${octet()}.${octet()}`;
}
