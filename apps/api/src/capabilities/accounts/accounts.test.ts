import { maskResidentId } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import {
  createTestHarness,
  errorOf,
  sessionCookieOf,
  TEST_PASSWORD,
  testPii,
  uniqueResidentId,
} from '../../testing/index.js';

type MeBody = { user: Record<string, unknown> };

describe('GET /api/me', () => {
  it('describes an applicant with masked identifiers', async () => {
    const h = await createTestHarness();
    const a = await h.applicant({ name: '李明' });
    const res = await h.call('GET', '/api/me', { cookie: a.cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      user: {
        id: a.id,
        kind: 'applicant',
        name: '李明',
        login: `${a.mobile.slice(0, 3)}****${a.mobile.slice(-4)}`,
        roles: [],
        employer: null,
        employerRole: null,
        residentId: maskResidentId(a.residentId ?? ''),
        identityVerifiedBy: null,
      },
    });
  });

  it('describes employer staff with their employer and role', async () => {
    const h = await createTestHarness();
    const e = await h.employerStaff({ role: 'hr', status: 'verified' });
    const { user } = (await (await h.call('GET', '/api/me', { cookie: e.cookie })).json()) as MeBody;
    expect(user).toMatchObject({
      kind: 'employer',
      employerRole: 'hr',
      employer: { id: e.employerId, status: 'verified' },
      residentId: null,
      identityVerifiedBy: null,
      roles: [],
    });
  });

  it('describes bureau staff with their username and roles', async () => {
    const h = await createTestHarness();
    const b = await h.bureau(['reviewer', 'approver']);
    const { user } = (await (await h.call('GET', '/api/me', { cookie: b.cookie })).json()) as MeBody;
    expect(user).toMatchObject({
      kind: 'bureau',
      login: b.username,
      roles: ['reviewer', 'approver'],
      employer: null,
    });
  });
});

describe('sessions', () => {
  it('rejects an expired session and deletes it', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    await h.db
      .updateTable('user_session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', a.id)
      .execute();
    const res = await h.call('GET', '/api/me', { cookie: a.cookie });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('unauthenticated');
    expect(res.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect(await h.sessionCount(a.id)).toBe(0);
  });

  it('slides the expiry only when less than 15 days remain', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const setExpiry = (days: number) =>
      h.db
        .updateTable('user_session')
        .set({ expires_at: new Date(Date.now() + days * 86_400_000) })
        .where('user_id', '=', a.id)
        .execute();
    const expiry = async () =>
      (
        await h.db
          .selectFrom('user_session')
          .select('expires_at')
          .where('user_id', '=', a.id)
          .executeTakeFirstOrThrow()
      ).expires_at.getTime();

    await setExpiry(20);
    const before = await expiry();
    const fresh = await h.call('GET', '/api/me', { cookie: a.cookie });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('set-cookie')).toBeNull();
    expect(await expiry()).toBe(before);

    await setExpiry(10);
    const renewed = await h.call('GET', '/api/me', { cookie: a.cookie });
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('set-cookie')).toMatch(/^talent_session=.*Expires=/);
    expect(await expiry()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
  });

  it('answers concurrent requests (coalesced into one look-up) each with its own user', async () => {
    const h = await createTestHarness();
    const users = await Promise.all([h.applicant(), h.applicant(), h.bureau(['auditor']), h.employerStaff()]);
    await h.call('POST', '/api/auth/sign-out', { cookie: users[1]?.cookie });
    const requests = [...users, ...users].map((u) => h.call('GET', '/api/me', { cookie: u.cookie }));
    requests.push(h.call('GET', '/api/me', { cookie: 'talent_session=abcdefghijklmnopqrstuvwxyz234567' }));
    const responses = await Promise.all(requests);
    const ids = await Promise.all(
      responses.map(async (r) =>
        r.status === 200 ? ((await r.json()) as { user: { id: string } }).user.id : r.status,
      ),
    );
    expect(ids).toEqual([
      users[0]?.id,
      401,
      users[2]?.id,
      users[3]?.id,
      users[0]?.id,
      401,
      users[2]?.id,
      users[3]?.id,
      401,
    ]);
  });

  it('rejects a garbage or unknown token', async () => {
    const h = await createTestHarness();
    for (const token of ['x', 'a'.repeat(32), "'; drop table user_session; --"]) {
      const res = await h.call('GET', '/api/me', { cookie: `talent_session=${encodeURIComponent(token)}` });
      expect(res.status).toBe(401);
    }
  });
});

describe('PUT /api/me/profile', () => {
  it('stores the resident ID encrypted with a blind index and answers it masked', async () => {
    const h = await createTestHarness();
    const a = await h.applicant({ residentId: null });
    const residentId = uniqueResidentId();
    const res = await h.call('PUT', '/api/me/profile', {
      cookie: a.cookie,
      body: { name: '李 明', residentId: residentId.toLowerCase() },
    });
    expect(res.status).toBe(200);
    const { user } = (await res.json()) as MeBody;
    expect(user).toMatchObject({ name: '李 明', residentId: maskResidentId(residentId) });
    const row = await h.db
      .selectFrom('app_user')
      .select(['resident_id_enc', 'resident_id_hmac'])
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row.resident_id_enc).not.toContain(residentId.slice(6, 14));
    expect(testPii.decrypt(row.resident_id_enc ?? '')).toBe(residentId);
    expect(row.resident_id_hmac).toBe(testPii.blindIndex(residentId));
    const audit = await h.auditOf(a.id, 'account.profile.update');
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(residentId);
  });

  it('answers a number claimed by another account exactly as a free one, and records a dispute', async () => {
    const h = await createTestHarness();
    const owner = await h.applicant();
    const other = await h.applicant({ residentId: null });
    const free = await h.applicant({ residentId: null });
    const claimed = await h.call('PUT', '/api/me/profile', {
      cookie: other.cookie,
      body: { name: '张三', residentId: owner.residentId },
    });
    const freeId = uniqueResidentId();
    const unclaimed = await h.call('PUT', '/api/me/profile', {
      cookie: free.cookie,
      body: { name: '张三', residentId: freeId },
    });
    // the same status, headers and body shape: only the caller's own values differ
    expect(claimed.status).toBe(unclaimed.status);
    expect(claimed.status).toBe(200);
    const shape = (user: MeBody['user']) => ({ ...user, id: 'x', login: 'x', residentId: 'x' });
    const [claimedUser, freeUser] = [
      ((await claimed.json()) as MeBody).user,
      ((await unclaimed.json()) as MeBody).user,
    ];
    expect(shape(claimedUser)).toEqual(shape(freeUser));
    expect(claimedUser.residentId).toBe(maskResidentId(owner.residentId ?? ''));
    const me = ((await (await h.call('GET', '/api/me', { cookie: other.cookie })).json()) as MeBody).user;
    expect(me.residentId).toBe(maskResidentId(owner.residentId ?? ''));
    // the owner keeps the number; the claim is a dispute for the bureau
    const rows = await h.db
      .selectFrom('app_user')
      .select(['id', 'resident_id_hmac'])
      .where('id', 'in', [owner.id, other.id])
      .execute();
    const hmac = testPii.blindIndex(owner.residentId ?? '');
    expect(rows.find((r) => r.id === owner.id)?.resident_id_hmac).toBe(hmac);
    expect(rows.find((r) => r.id === other.id)?.resident_id_hmac).toBeNull();
    const disputes = await h.db
      .selectFrom('identity_dispute')
      .selectAll()
      .where('claimant_user_id', '=', other.id)
      .execute();
    expect(disputes).toMatchObject([{ holder_user_id: owner.id, resident_id_hmac: hmac, state: 'open' }]);
    const reviewer = await h.bureau(['reviewer']);
    const listed = (await (
      await h.call('GET', '/api/bureau/identity-disputes', { cookie: reviewer.cookie })
    ).json()) as { items: { id: string; claimant: { id: string }; holder: { id: string } | null }[] };
    expect(listed.items.find((d) => d.claimant.id === other.id)?.holder?.id).toBe(owner.id);
    // re-saving one's own number is fine
    const own = await h.call('PUT', '/api/me/profile', {
      cookie: owner.cookie,
      body: { name: '张三', residentId: owner.residentId },
    });
    expect(own.status).toBe(200);
  });

  it('answers an invalid resident ID with a field error', async () => {
    const h = await createTestHarness();
    const a = await h.applicant({ residentId: null });
    const valid = uniqueResidentId();
    const wrongCheck = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
    const res = await h.call('PUT', '/api/me/profile', {
      cookie: a.cookie,
      body: { name: '张三', residentId: wrongCheck },
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).details?.fields).toEqual([
      { path: 'residentId', code: 'validation.residentId.checksum', message: expect.any(String) },
    ]);
  });
});

describe('identity changes: throttled, disputes', () => {
  it('allows five changes of the resident ID a day, then answers 429 with Retry-After', async () => {
    const h = await createTestHarness();
    const a = await h.applicant({ residentId: null });
    for (let i = 0; i < 5; i++) {
      const res = await h.call('PUT', '/api/me/profile', {
        cookie: a.cookie,
        body: { name: '张三', residentId: uniqueResidentId() },
      });
      expect(res.status, `change ${i + 1}`).toBe(200);
    }
    const same = ((await (await h.call('GET', '/api/me', { cookie: a.cookie })).json()) as MeBody).user;
    expect(same.residentId).not.toBeNull();
    const sixth = await h.call('PUT', '/api/me/profile', {
      cookie: a.cookie,
      body: { name: '张三', residentId: uniqueResidentId() },
    });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(80_000);
    const dispute = await h.call('POST', '/api/me/identity-disputes', {
      cookie: a.cookie,
      body: { residentId: uniqueResidentId(), note: '这是我的身份证号' },
    });
    expect(dispute.status).toBe(429);
  });

  it('lets an applicant raise a dispute with one answer whoever holds the number', async () => {
    const h = await createTestHarness();
    const holder = await h.applicant();
    const genuine = await h.applicant({ residentId: null });
    const answers = [];
    for (const residentId of [holder.residentId ?? '', uniqueResidentId()]) {
      const res = await h.call('POST', '/api/me/identity-disputes', {
        cookie: genuine.cookie,
        body: { residentId, note: '此身份证号为本人所有,请核实' },
      });
      answers.push([res.status, await res.text()]);
    }
    expect(answers[0]).toEqual([202, '']);
    expect(answers[1]).toEqual(answers[0]);
    const disputes = await h.db
      .selectFrom('identity_dispute')
      .select(['holder_user_id', 'note'])
      .where('claimant_user_id', '=', genuine.id)
      .orderBy('created_at')
      .execute();
    expect(disputes.map((d) => d.holder_user_id).sort()).toEqual([holder.id, null].sort());
    const bad = await h.call('POST', '/api/me/identity-disputes', {
      cookie: genuine.cookie,
      body: { residentId: '123', note: '' },
    });
    expect(bad.status).toBe(400);
  });
});

describe('GET /api/me/resident-id', () => {
  it('reveals the caller’s own full number and audits it', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const res = await h.call('GET', '/api/me/resident-id', { cookie: a.cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ residentId: a.residentId });
    const audit = await h.auditOf(a.id, 'resident_id.reveal');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: a.id, actor_kind: 'applicant' });
  });

  it('answers 404 when no number is on file', async () => {
    const h = await createTestHarness();
    const a = await h.applicant({ residentId: null });
    expect((await h.call('GET', '/api/me/resident-id', { cookie: a.cookie })).status).toBe(404);
  });
});

describe('POST /api/me/password', () => {
  it('refuses a wrong current password with a field error', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const res = await h.call('POST', '/api/me/password', {
      cookie: a.cookie,
      body: { currentPassword: 'Not-my-pass-1', newPassword: 'Brand-new-pass-2' },
    });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('validation_failed');
    expect(error.details?.fields).toEqual([
      { path: 'currentPassword', code: 'validation.password.wrongCurrent', message: '当前密码不正确' },
    ]);
  });

  it('refuses a weak new password', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const res = await h.call('POST', '/api/me/password', {
      cookie: a.cookie,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'abc' },
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).details?.fields?.[0]?.path).toBe('newPassword');
  });

  it('changes the password, ends every other session and rotates this one', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const signIn = (password: string) =>
      h.call('POST', '/api/auth/sign-in', { body: { kind: 'applicant', login: a.mobile, password } });
    const otherDevice = sessionCookieOf(await signIn(TEST_PASSWORD));
    expect(await h.sessionCount(a.id)).toBe(2);

    const res = await h.call('POST', '/api/me/password', {
      cookie: a.cookie,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'Brand-new-pass-2' },
    });
    expect(res.status).toBe(204);
    const rotated = sessionCookieOf(res);
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(a.cookie);
    expect(await h.sessionCount(a.id)).toBe(1);
    expect((await h.call('GET', '/api/me', { cookie: a.cookie })).status).toBe(401);
    expect((await h.call('GET', '/api/me', { cookie: otherDevice })).status).toBe(401);
    expect((await h.call('GET', '/api/me', { cookie: rotated })).status).toBe(200);

    expect((await signIn(TEST_PASSWORD)).status).toBe(401);
    expect((await signIn('Brand-new-pass-2')).status).toBe(200);
    expect(await h.auditOf(a.id, 'account.password.change')).toHaveLength(1);
  });

  it('throttles guessing the current password', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const attempt = (currentPassword: string) =>
      h.call('POST', '/api/me/password', {
        cookie: a.cookie,
        body: { currentPassword, newPassword: 'Brand-new-pass-3' },
      });
    for (let i = 0; i < 5; i++) expect((await attempt(`Guess-${i}-x`)).status).toBe(400);
    expect((await attempt(TEST_PASSWORD)).status).toBe(429);
  });
});

describe('bureau: applicants', () => {
  it('shows an applicant masked to the roles that review cases', async () => {
    const h = await createTestHarness();
    const a = await h.applicant({ name: '王小明' });
    for (const role of ['reviewer', 'approver', 'registrar', 'admin', 'auditor']) {
      const b = await h.bureau([role]);
      const res = await h.call('GET', `/api/bureau/applicants/${a.id}`, { cookie: b.cookie });
      expect(res.status, role).toBe(200);
      expect(await res.json()).toEqual({
        item: {
          id: a.id,
          name: '王小明',
          mobile: `${a.mobile.slice(0, 3)}****${a.mobile.slice(-4)}`,
          residentId: maskResidentId(a.residentId ?? ''),
          identity: { verifiedBy: null, verifiedAt: null, verifiedByName: null, disputed: false },
          disabled: false,
          createdAt: expect.any(String),
        },
      });
    }
  });

  it('reveals the full number to reviewer, registrar and admin, audited', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    for (const role of ['reviewer', 'registrar', 'admin']) {
      const b = await h.bureau([role]);
      const res = await h.call('POST', `/api/bureau/applicants/${a.id}/reveal-resident-id`, {
        cookie: b.cookie,
      });
      expect(res.status, role).toBe(200);
      expect(await res.json()).toEqual({ residentId: a.residentId });
    }
    const audit = await h.auditOf(a.id, 'resident_id.reveal');
    expect(audit).toHaveLength(3);
    expect(audit.every((r) => r.actor_kind === 'bureau')).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(a.residentId);
  });

  it('answers 404 for an unknown or non-applicant id', async () => {
    const h = await createTestHarness();
    const b = await h.bureau(['reviewer']);
    const staff = await h.bureau(['finance']);
    for (const id of ['00000000-0000-4000-8000-000000000000', staff.id, 'not-a-uuid']) {
      expect((await h.call('GET', `/api/bureau/applicants/${id}`, { cookie: b.cookie })).status).toBe(404);
      const reveal = await h.call('POST', `/api/bureau/applicants/${id}/reveal-resident-id`, {
        cookie: b.cookie,
      });
      expect(reveal.status).toBe(404);
    }
  });
});
