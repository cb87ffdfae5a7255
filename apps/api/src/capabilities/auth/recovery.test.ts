import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/password.js';
import {
  createTestHarness,
  errorOf,
  sessionCookieOf,
  TEST_PASSWORD,
  type TestHarness,
  testPii,
  uniqueMobile,
} from '../../testing/index.js';
import { pruneCodes } from './codes.js';
import { accountThrottleKey } from './throttleKeys.js';

const NEW_PASSWORD = 'New-pass-2026';

function askCode(h: TestHarness, body: object, headers: Record<string, string> = {}) {
  return h.call('POST', '/api/auth/codes', { body, headers });
}

function signUp(h: TestHarness, mobile: string, code: string) {
  return h.call('POST', '/api/auth/sign-up/applicant', {
    body: { mobile, password: TEST_PASSWORD, name: '李明', code },
  });
}

describe('SMS codes', () => {
  it('answer registered and unregistered mobiles alike; a registered one is told to reset instead', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const fresh = uniqueMobile();
    const registered = await askCode(h, { purpose: 'sign_up', kind: 'applicant', mobile: a.mobile });
    const unregistered = await askCode(h, { purpose: 'sign_up', kind: 'applicant', mobile: fresh });
    expect(registered.status).toBe(202);
    expect(unregistered.status).toBe(202);
    expect(await registered.json()).toEqual(await unregistered.json());
    expect(await h.lastSms({ userId: a.id })).toEqual({
      template: 'sms.auth.already_registered',
      params: {},
    });
    const sms = await h.lastSms({ mobile: fresh });
    expect(sms?.template).toBe('sms.auth.sign_up_code');
    expect(String(sms?.params.code)).toMatch(/^\d{6}$/);
    expect(sms?.params.minutes).toBe(10);
    // the code is stored only as a keyed hash
    const stored = await h.db.selectFrom('verification_code').select('code_hash').execute();
    expect(JSON.stringify(stored)).not.toContain(`"${sms?.params.code}"`);
    // audited, with the mobile masked
    const audit = await h.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'auth.code.request')
      .where('entity_id', '=', a.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(a.mobile);
  });

  it('are throttled per mobile and purpose: one a minute, then longer', async () => {
    const h = await createTestHarness();
    const mobile = uniqueMobile();
    const body = { purpose: 'sign_up', kind: 'applicant', mobile };
    expect((await askCode(h, body)).status).toBe(202);
    const again = await askCode(h, { ...body, kind: 'employer' });
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await errorOf(again)).message).toBe('尝试次数过多,请 1 分钟后再试');
    // registered a moment ago and already forgot: a reset code still comes
    expect((await askCode(h, { ...body, purpose: 'password_reset' })).status).toBe(202);
  });

  it('are throttled per address across mobiles (behind a trusted proxy)', async () => {
    const h = await createTestHarness({ trustProxy: true });
    const headers = {
      'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    };
    for (let i = 0; i < 20; i++) {
      const res = await askCode(
        h,
        { purpose: 'sign_up', kind: 'applicant', mobile: uniqueMobile() },
        headers,
      );
      expect(res.status).toBe(202);
    }
    const refused = await askCode(
      h,
      { purpose: 'sign_up', kind: 'applicant', mobile: uniqueMobile() },
      headers,
    );
    expect(refused.status).toBe(429);
    const elsewhere = await askCode(h, { purpose: 'sign_up', kind: 'applicant', mobile: uniqueMobile() });
    expect(elsewhere.status).toBe(202);
  });

  it('refuse a wrong, replaced or expired code with one uniform 400', async () => {
    const h = await createTestHarness();
    const mobile = uniqueMobile();
    const code = await h.requestCode('sign_up', 'applicant', mobile);
    const wrong = await signUp(h, mobile, code === '000000' ? '000001' : '000000');
    expect(wrong.status).toBe(400);
    const wrongError = await errorOf(wrong);

    await h.db
      .updateTable('verification_code')
      .set({ expires_at: sql<never>`now() - interval '1 second'` })
      .where('mobile_key', '=', testPii.hash('sms.mobile', `applicant:${mobile}`))
      .execute();
    const expired = await signUp(h, mobile, code);
    expect(expired.status).toBe(400);
    expect({ ...(await errorOf(expired)), requestId: '' }).toEqual({ ...wrongError, requestId: '' });
    expect(wrongError.details?.fields?.map((f) => f.path)).toEqual(['code']);
    expect(wrongError.details?.fields?.[0]?.message).toBe('验证码不正确或已过期,请重新获取');
  });

  it('allow five tries of a code: the sixth fails even when right', async () => {
    const h = await createTestHarness();
    const mobile = uniqueMobile();
    const code = await h.requestCode('sign_up', 'applicant', mobile);
    const wrong = code === '999999' ? '999998' : '999999';
    for (let i = 0; i < 5; i++) expect((await signUp(h, mobile, wrong)).status).toBe(400);
    expect((await signUp(h, mobile, code)).status).toBe(400);
  });

  it('are pruned a day after they expire', async () => {
    const h = await createTestHarness();
    const mobile = uniqueMobile();
    await h.requestCode('sign_up', 'applicant', mobile);
    const key = testPii.hash('sms.mobile', `applicant:${mobile}`);
    const age = (interval: string) =>
      h.db
        .updateTable('verification_code')
        .set({ expires_at: sql<never>`now() - ${interval}::interval` })
        .where('mobile_key', '=', key)
        .execute();
    const count = async () =>
      (await h.db.selectFrom('verification_code').select('id').where('mobile_key', '=', key).execute())
        .length;
    await age('23 hours');
    await pruneCodes(h.db);
    expect(await count()).toBe(1);
    await age('25 hours');
    await pruneCodes(h.db);
    expect(await count()).toBe(0);
  });

  it('bind a code to its purpose and account kind', async () => {
    const h = await createTestHarness();
    const mobile = uniqueMobile();
    const code = await h.requestCode('sign_up', 'employer', mobile);
    expect((await signUp(h, mobile, code)).status).toBe(400);
  });

  it('cost the argon2 work of a right one when the code is wrong', async () => {
    const h = await createTestHarness();
    const fastest = async (fn: () => Promise<unknown>) => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        await fn();
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    await hashPassword(TEST_PASSWORD); // warm up
    const hash = await fastest(() => hashPassword(TEST_PASSWORD));
    const wrong = await fastest(async () =>
      expect((await signUp(h, uniqueMobile(), '123456')).status).toBe(400),
    );
    // without the hash a wrong code answers in a few milliseconds; argon2 varies, hence the margin
    expect(wrong).toBeGreaterThan(hash * 0.4);
  });
});

describe('password reset', () => {
  it('replaces the password, ends every session, lifts the sign-in delays, tells the holder and audits', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    for (let i = 0; i < 6; i++) {
      await h.call('POST', '/api/auth/sign-in', {
        body: { kind: 'applicant', login: a.mobile, password: 'Wrong-guess-1' },
      });
    }
    const locked = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'applicant', login: a.mobile, password: TEST_PASSWORD },
    });
    expect(locked.status).toBe(429);

    const code = await h.requestCode('password_reset', 'applicant', a.mobile, a.id);
    expect((await h.lastSms({ userId: a.id }))?.template).toBe('sms.auth.password_reset_code');
    const res = await h.call('POST', '/api/auth/password-reset', {
      body: { kind: 'applicant', mobile: a.mobile, code, password: NEW_PASSWORD },
    });
    expect(res.status).toBe(204);
    expect(await h.sessionCount(a.id)).toBe(0);
    expect((await h.call('GET', '/api/me', { cookie: a.cookie })).status).toBe(401);
    const signIn = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'applicant', login: a.mobile, password: NEW_PASSWORD },
    });
    expect(signIn.status).toBe(200);
    expect(sessionCookieOf(signIn)).toBeDefined();
    const audit = await h.auditOf(a.id, 'auth.password_reset');
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(a.mobile);
    expect((await h.lastSms({ userId: a.id }))?.template).toBe('notification.auth.password_reset');
    // the code is spent
    const again = await h.call('POST', '/api/auth/password-reset', {
      body: { kind: 'applicant', mobile: a.mobile, code, password: 'Another-pass-1' },
    });
    expect(again.status).toBe(400);
  });

  it('works for an employer account by its mobile', async () => {
    const h = await createTestHarness();
    const e = await h.employerStaff({ role: 'hr' });
    const code = await h.requestCode('password_reset', 'employer', e.mobile, e.id);
    const res = await h.call('POST', '/api/auth/password-reset', {
      body: { kind: 'employer', mobile: e.mobile, code, password: NEW_PASSWORD },
    });
    expect(res.status).toBe(204);
    expect(await h.sessionCount(e.id)).toBe(0);
  });

  it('sends nothing for a mobile without an account, and answers it as any other', async () => {
    const h = await createTestHarness();
    const mobile = uniqueMobile();
    const res = await askCode(h, { purpose: 'password_reset', kind: 'applicant', mobile });
    expect(res.status).toBe(202);
    expect(await h.lastSms({ mobile })).toBeUndefined();
    const reset = await h.call('POST', '/api/auth/password-reset', {
      body: { kind: 'applicant', mobile, code: '123456', password: NEW_PASSWORD },
    });
    expect(reset.status).toBe(400);
  });

  it('sends no reset code to a disabled account', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    await h.db.updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', a.id).execute();
    expect(
      (await askCode(h, { purpose: 'password_reset', kind: 'applicant', mobile: a.mobile })).status,
    ).toBe(202);
    expect(await h.lastSms({ userId: a.id })).toBeUndefined();
  });

  it('leaves other accounts’ sign-in delays alone', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const b = await h.applicant();
    for (let i = 0; i < 5; i++) {
      await h.call('POST', '/api/auth/sign-in', {
        body: { kind: 'applicant', login: b.mobile, password: 'Wrong-guess-1' },
      });
    }
    const code = await h.requestCode('password_reset', 'applicant', a.mobile, a.id);
    await h.call('POST', '/api/auth/password-reset', {
      body: { kind: 'applicant', mobile: a.mobile, code, password: NEW_PASSWORD },
    });
    const rows = await h.db
      .selectFrom('sign_in_throttle')
      .select('key')
      .where('account_key', '=', accountThrottleKey({ pii: testPii }, 'applicant', b.mobile))
      .execute();
    expect(rows).toHaveLength(1);
  });
});

describe('the end-to-end SMS reader', () => {
  it('exists only where NODE_ENV=test and TALENT_TEST_ROUTES=1, and reads the newest code', async () => {
    const h = await createTestHarness();
    const mobile = uniqueMobile();
    const code = await h.requestCode('sign_up', 'applicant', mobile);
    expect((await h.call('GET', `/api/testing/sms-codes/${mobile}`)).status).toBe(404);
    process.env.TALENT_TEST_ROUTES = '1';
    try {
      const e2e = await createTestHarness();
      const res = await e2e.call('GET', `/api/testing/sms-codes/${mobile}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ code });
      expect((await e2e.call('GET', `/api/testing/sms-codes/${uniqueMobile()}`)).status).toBe(404);
    } finally {
      delete process.env.TALENT_TEST_ROUTES;
    }
  });
});
