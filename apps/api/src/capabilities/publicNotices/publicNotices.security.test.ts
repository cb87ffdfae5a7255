import { describe, expect, it } from 'vitest';
import {
  createTestHarness,
  errorOf,
  expectNoServerError,
  SQL_METACHARACTERS,
  type TestHarness,
} from '../../testing/index.js';
import { approvedClaim } from './fixtures.js';
import { testRoutesEnabled } from './testClock.js';
import type { NoticeDetail } from './view.js';

const missing = '00000000-0000-4000-8000-000000000000';

/** A published notice listing one approved claim, and the objection recorded against it. */
async function publishedWithObjection(h: TestHarness) {
  const approver = await h.bureau(['approver']);
  const claim = await approvedClaim(h, '赵六');
  const created = await h.call('POST', '/api/bureau/public-notices', {
    cookie: approver.cookie,
    body: { claimIds: [claim.id] },
  });
  const draft = ((await created.json()) as { notice: NoticeDetail }).notice;
  await h.call('POST', `/api/bureau/public-notices/${draft.id}/publish`, {
    cookie: approver.cookie,
    body: { version: draft.version },
  });
  const res = await h.call('POST', `/api/bureau/public-notices/${draft.id}/objections`, {
    cookie: approver.cookie,
    body: { claimId: claim.id, source: 'online', summary: '举报其学历证书存疑' },
  });
  const notice = ((await res.json()) as { notice: NoticeDetail }).notice;
  return { approver, claim, notice, objection: notice.objections[0] };
}

function routes(noticeId: string, objectionId: string, claimId: string) {
  return [
    { method: 'GET', path: '/api/bureau/public-notices' },
    { method: 'GET', path: '/api/bureau/public-notices/candidates' },
    { method: 'GET', path: `/api/bureau/public-notices/${noticeId}` },
    { method: 'POST', path: '/api/bureau/public-notices', body: { claimIds: [claimId] } },
    { method: 'POST', path: `/api/bureau/public-notices/${noticeId}/publish`, body: { version: 1 } },
    { method: 'POST', path: `/api/bureau/public-notices/${noticeId}/discard`, body: { version: 1 } },
    { method: 'POST', path: `/api/bureau/public-notices/${noticeId}/close`, body: { version: 1 } },
    {
      method: 'POST',
      path: `/api/bureau/public-notices/${noticeId}/objections`,
      body: { claimId, source: 'phone', summary: '来电' },
    },
    {
      method: 'POST',
      path: `/api/bureau/notice-objections/${objectionId}/resolution`,
      body: { decision: 'dismiss', reason: '不属实', version: 1 },
    },
  ];
}

describe('public notices: security', () => {
  it('answers anonymous callers with 401 on every bureau route', async () => {
    const h = await createTestHarness();
    for (const r of routes(missing, missing, missing)) {
      const res = await h.call(r.method, r.path, { body: r.body });
      expect(res.status, `${r.method} ${r.path}`).toBe(401);
      expect((await errorOf(res)).code).toBe('unauthenticated');
    }
  });

  it('refuses applicants (the claimant included), employers and staff without a notice role', async () => {
    const h = await createTestHarness();
    const { claim, notice, objection } = await publishedWithObjection(h);
    const employer = await h.employerStaff({ status: 'verified' });
    const noRoles = await h.bureau([]);
    const registrar = await h.bureau(['registrar']);
    for (const user of [claim.applicant, employer, noRoles, registrar]) {
      for (const r of routes(notice.id, objection?.id ?? missing, claim.id)) {
        const res = await h.call(r.method, r.path, { cookie: user.cookie, body: r.body });
        expect(res.status, `${r.method} ${r.path}`).toBe(403);
      }
    }
  });

  it('lets readers read but only the approver draw up, publish, close and decide; a reviewer records', async () => {
    const h = await createTestHarness();
    const { claim, notice, objection } = await publishedWithObjection(h);
    const all = routes(notice.id, objection?.id ?? missing, claim.id);
    for (const role of ['finance', 'admin', 'auditor', 'reviewer']) {
      const user = await h.bureau([role]);
      for (const r of all) {
        const res = await h.call(r.method, r.path, { cookie: user.cookie, body: r.body });
        const reads = r.method === 'GET';
        const records = role === 'reviewer' && r.path.endsWith('/objections');
        if (reads) expect(res.status, `${role} ${r.path}`).toBe(200);
        else if (records) expect(res.status, `${role} ${r.path}`).toBe(201);
        else expect(res.status, `${role} ${r.method} ${r.path}`).toBe(403);
      }
    }
    // no audit row for any refused attempt
    expect(await h.auditOf(notice.id, 'public_notice.close')).toHaveLength(0);
  });

  it('answers 404 for a notice or an objection that does not exist, or a malformed id', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const claim = await approvedClaim(h);
    for (const id of [missing, 'not-a-uuid', '1 or 1=1']) {
      for (const r of routes(encodeURIComponent(id), encodeURIComponent(id), claim.id)) {
        if (!r.path.includes(encodeURIComponent(id))) continue;
        const res = await h.call(r.method, r.path, { cookie: approver.cookie, body: r.body });
        expect(res.status, `${r.method} ${r.path}`).toBe(404);
      }
    }
  });

  it('shows the public nothing but the masked list, whatever it sends', async () => {
    const h = await createTestHarness();
    const { claim, notice } = await publishedWithObjection(h);
    const res = await h.call('GET', `/api/public/notices/${notice.id}`);
    const text = await res.text();
    expect(text).toContain('赵*');
    for (const secret of [
      '赵六',
      claim.applicant.residentId ?? '-',
      claim.number,
      claim.applicant.mobile,
      '举报其学历证书存疑',
    ]) {
      expect(text).not.toContain(secret);
    }
    const list = await (await h.call('GET', '/api/public/notices')).text();
    expect(list).not.toContain('赵六');
    for (const bad of SQL_METACHARACTERS) {
      const r = await h.call('GET', `/api/public/notices/${encodeURIComponent(bad)}`);
      expectNoServerError(r, bad);
      expect(r.status).toBe(404);
    }
    // the public side has no way to change anything
    for (const method of ['POST', 'PUT', 'DELETE']) {
      expect((await h.call(method, `/api/public/notices/${notice.id}`, { body: {} })).status).toBe(404);
    }
  });

  it('has the end-to-end clock only where NODE_ENV=test and TALENT_TEST_ROUTES=1 are both set', async () => {
    expect(testRoutesEnabled({ NODE_ENV: 'production', TALENT_TEST_ROUTES: '1' })).toBe(false);
    expect(testRoutesEnabled({ NODE_ENV: 'test' })).toBe(false);
    const h = await createTestHarness();
    const { notice } = await publishedWithObjection(h);
    const path = `/api/testing/public-notices/${notice.id}/end-period`;
    expect((await h.call('POST', path)).status).toBe(404);
    const doc = await (await h.call('GET', '/api/openapi.json')).text();
    expect(doc).not.toContain('/testing/');

    process.env.TALENT_TEST_ROUTES = '1';
    try {
      const e2e = await createTestHarness();
      const res = await e2e.call('POST', path);
      expect(res.status).toBe(200);
      const row = await e2e.db
        .selectFrom('public_notice')
        .select(['state', 'ends_on'])
        .where('id', '=', notice.id)
        .executeTakeFirstOrThrow();
      // the period ended yesterday; the open objection still holds its one claimant
      expect(row.state).toBe('closed');
      expect((await e2e.call('POST', path.replace(notice.id, 'nope'))).status).toBe(404);
    } finally {
      delete process.env.TALENT_TEST_ROUTES;
    }
  });
});
