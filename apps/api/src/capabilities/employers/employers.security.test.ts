import { describe, expect, it } from 'vitest';
import {
  createTestHarness,
  expectNoServerError,
  SQL_METACHARACTERS,
  TEST_PASSWORD,
  uniqueMobile,
} from '../../testing/index.js';
import { collectiveRequest, verifiedOrganisation } from './fixtures.js';

const profile = {
  name: '庆阳市安全测试有限公司',
  orgType: 'enterprise',
  countyCode: '621002',
  address: '西峰区长庆大道1号',
  licenceDocumentId: null,
  keepsCollectiveHousehold: false,
  collectiveCapacity: 0,
};
const staffBody = () => ({ name: '张人事', mobile: uniqueMobile(), password: TEST_PASSWORD });

describe('employer and bureau employer routes: security', () => {
  it('answer anonymous callers with 401', async () => {
    const h = await createTestHarness();
    const employer = await h.employerStaff();
    for (const [method, path, body] of [
      ['GET', '/api/employer/organisation', undefined],
      ['PUT', '/api/employer/organisation', profile],
      ['GET', '/api/employer/staff', undefined],
      ['POST', '/api/employer/staff', staffBody()],
      ['GET', '/api/employer/talent', undefined],
      ['GET', '/api/bureau/employers', undefined],
      ['POST', `/api/bureau/employers/${employer.employerId}/decision`, { decision: 'verify' }],
    ] as const) {
      expect((await h.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
    }
  });

  it('keep applicants and the bureau out of the employer portal, and HR out of the admin’s work', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h);
    const applicant = await h.applicant();
    const bureau = await h.bureau(['admin', 'reviewer']);
    for (const user of [applicant, bureau]) {
      for (const [method, path, body] of [
        ['GET', '/api/employer/organisation', undefined],
        ['PUT', '/api/employer/organisation', profile],
        ['GET', '/api/employer/staff', undefined],
        ['POST', '/api/employer/staff', staffBody()],
        ['GET', '/api/employer/talent', undefined],
      ] as const) {
        const res = await h.call(method, path, { cookie: user.cookie, body });
        expect(res.status, `${method} ${path}`).toBe(403);
      }
    }
    for (const [method, path, body] of [
      ['PUT', '/api/employer/organisation', profile],
      ['GET', '/api/employer/staff', undefined],
      ['POST', '/api/employer/staff', staffBody()],
    ] as const) {
      expect((await h.call(method, path, { cookie: hr.cookie, body })).status, `HR ${method} ${path}`).toBe(
        403,
      );
    }
    const row = await h.db
      .selectFrom('employer')
      .select('name')
      .where('id', '=', employerId)
      .executeTakeFirstOrThrow();
    expect(row.name).not.toBe(profile.name);
  });

  it('let only reviewers and admins decide, auditors read, employers and applicants nothing', async () => {
    const h = await createTestHarness();
    const target = await h.employerStaff();
    const outsiders = [
      await h.applicant(),
      target,
      ...(await Promise.all(['approver', 'registrar', 'finance'].map((r) => h.bureau([r])))),
    ];
    const auditor = await h.bureau(['auditor']);
    for (const user of [...outsiders, auditor]) {
      const res = await h.call('POST', `/api/bureau/employers/${target.employerId}/decision`, {
        cookie: user.cookie,
        body: { decision: 'verify' },
      });
      expect(res.status).toBe(403);
    }
    for (const user of outsiders) {
      expect((await h.call('GET', '/api/bureau/employers', { cookie: user.cookie })).status).toBe(403);
    }
    expect((await h.call('GET', '/api/bureau/employers', { cookie: auditor.cookie })).status).toBe(200);
    const row = await h.db
      .selectFrom('employer')
      .select('status')
      .where('id', '=', target.employerId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
  });

  it('answer 404 for an unknown organisation and show no other organisation’s data', async () => {
    const h = await createTestHarness();
    const reviewer = await h.bureau(['reviewer']);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope', (await h.applicant()).id]) {
      const res = await h.call('POST', `/api/bureau/employers/${id}/decision`, {
        cookie: reviewer.cookie,
        body: { decision: 'verify' },
      });
      expect(res.status, id).toBe(404);
    }
    // employer X never sees employer Y's people, staff or profile
    const x = await verifiedOrganisation(h);
    const y = await verifiedOrganisation(h);
    await collectiveRequest(h, y.employerId, { status: 'accepted' });
    const talent = (await (
      await h.call('GET', '/api/employer/talent', { cookie: x.admin.cookie })
    ).json()) as {
      total: number;
    };
    expect(talent.total).toBe(0);
    const staff = (await (await h.call('GET', '/api/employer/staff', { cookie: x.admin.cookie })).json()) as {
      items: { id: string }[];
    };
    expect(staff.items.map((s) => s.id).sort()).toEqual([x.admin.id, x.hr.id].sort());
    const org = (await (
      await h.call('GET', '/api/employer/organisation', { cookie: x.hr.cookie })
    ).json()) as {
      organisation: { id: string };
    };
    expect(org.organisation.id).toBe(x.employerId);
  });

  it('refuse mutations without a matching Origin', async () => {
    const h = await createTestHarness();
    const admin = await h.employerStaff();
    const reviewer = await h.bureau(['reviewer']);
    for (const origin of [null, 'https://attacker.example']) {
      for (const [cookie, method, path, body] of [
        [admin.cookie, 'PUT', '/api/employer/organisation', profile],
        [admin.cookie, 'POST', '/api/employer/staff', staffBody()],
        [
          reviewer.cookie,
          'POST',
          `/api/bureau/employers/${admin.employerId}/decision`,
          { decision: 'verify' },
        ],
      ] as const) {
        expect((await h.call(method, path, { cookie, origin, body })).status, `${method} ${path}`).toBe(403);
      }
    }
    expect(await h.auditOf(admin.employerId)).toHaveLength(0);
  });

  it('answer SQL metacharacters in every field and parameter with 4xx or success, never 5xx', async () => {
    const h = await createTestHarness();
    const admin = await h.employerStaff();
    const reviewer = await h.bureau(['reviewer']);
    for (const nasty of SQL_METACHARACTERS) {
      const q = encodeURIComponent(nasty);
      for (const query of [`q=${q}`, `status=${q}`, `sort=${q}`, `order=${q}`, `page=${q}`]) {
        const res = await h.call('GET', `/api/bureau/employers?${query}`, { cookie: reviewer.cookie });
        expectNoServerError(res, `queue ${query}`);
        if (query.startsWith('q=') && !nasty.includes('\u0000')) expect(res.status).toBe(200);
      }
      for (const path of ['/api/employer/staff', '/api/employer/talent']) {
        for (const query of [`sort=${q}`, `relation=${q}`, `pageSize=${q}`]) {
          expectNoServerError(
            await h.call('GET', `${path}?${query}`, { cookie: admin.cookie }),
            `${path}?${query}`,
          );
        }
      }
      for (const body of [
        { ...profile, name: nasty },
        { ...profile, address: nasty },
        { ...profile, countyCode: nasty },
        { ...profile, licenceDocumentId: nasty },
      ]) {
        const res = await h.call('PUT', '/api/employer/organisation', { cookie: admin.cookie, body });
        expectNoServerError(res, `profile ${JSON.stringify(body)}`);
      }
      const staff = await h.call('POST', '/api/employer/staff', {
        cookie: admin.cookie,
        body: { ...staffBody(), name: nasty },
      });
      expectNoServerError(staff, 'staff name');
      const decision = await h.call('POST', `/api/bureau/employers/${encodeURIComponent(nasty)}/decision`, {
        cookie: reviewer.cookie,
        body: { decision: 'reject', reason: nasty },
      });
      expect(decision.status).toBe(404);
    }
  });
});
