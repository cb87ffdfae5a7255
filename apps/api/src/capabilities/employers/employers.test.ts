import { describe, expect, it } from 'vitest';
import {
  createTestHarness,
  errorOf,
  TEST_PASSWORD,
  type TestHarness,
  uniqueMobile,
} from '../../testing/index.js';
import { documentOf } from '../settlement/fixtures.js';
import { collectiveRequest, reportedEmployment, staffOf, verifiedOrganisation } from './fixtures.js';

type Organisation = Record<string, unknown> & { status: string; name: string; collectiveMembers: number };
type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

const profile = {
  name: '庆阳市示范科技有限公司',
  orgType: 'enterprise',
  countyCode: '621002',
  address: '西峰区长庆大道1号',
  licenceDocumentId: null,
  keepsCollectiveHousehold: true,
  collectiveCapacity: 3,
};

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

async function organisationOf(h: TestHarness, cookie: string): Promise<Organisation> {
  const res = await h.call('GET', '/api/employer/organisation', { cookie });
  expect(res.status).toBe(200);
  return (await json<{ organisation: Organisation }>(res)).organisation;
}

describe('GET/PUT /api/employer/organisation', () => {
  it('shows the organisation to its admin and its HR, with the credit code and its warnings', async () => {
    const h = await createTestHarness();
    const { admin, hr, employerId } = await verifiedOrganisation(h);
    await h.db
      .updateTable('employer')
      .set({ uscc_warnings: ['uscc.checksum_mismatch'] })
      .where('id', '=', employerId)
      .execute();
    for (const user of [admin, hr]) {
      const org = await organisationOf(h, user.cookie);
      expect(org).toMatchObject({
        id: employerId,
        status: 'verified',
        usccWarnings: ['uscc.checksum_mismatch'],
        orgType: 'enterprise',
        countyCode: '621002',
        keepsCollectiveHousehold: true,
        collectiveCapacity: 5,
        collectiveMembers: 0,
      });
      expect(org.contactMobile).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
  });

  it('lets the admin save the profile with the licence one of its staff uploaded, audited', async () => {
    const h = await createTestHarness();
    const admin = await h.employerStaff({ status: 'pending' });
    const hr = await staffOf(h, admin.employerId, 'hr');
    const licence = await documentOf(h, hr.id, 'licence.pdf');
    const res = await h.call('PUT', '/api/employer/organisation', {
      cookie: admin.cookie,
      body: { ...profile, name: '庆阳市新名称有限公司', licenceDocumentId: licence },
    });
    expect(res.status).toBe(200);
    const { organisation } = await json<{ organisation: Organisation }>(res);
    expect(organisation).toMatchObject({
      name: '庆阳市新名称有限公司',
      status: 'pending',
      licenceDocumentId: licence,
      licence: {
        id: licence,
        mime: 'application/pdf',
        originalName: 'licence.pdf',
        sizeBytes: 1234,
        url: `/api/documents/${licence}/content`,
      },
      collectiveCapacity: 3,
    });
    const audit = await h.auditOf(admin.employerId, 'employer.profile.update');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({
      fields: expect.arrayContaining(['name', 'licenceDocumentId']),
    });
  });

  it('refuses a licence uploaded by someone outside the organisation', async () => {
    const h = await createTestHarness();
    const admin = await h.employerStaff();
    const stranger = await h.applicant();
    const res = await h.call('PUT', '/api/employer/organisation', {
      cookie: admin.cookie,
      body: { ...profile, licenceDocumentId: await documentOf(h, stranger.id) },
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).details?.fields?.[0]).toMatchObject({
      path: 'licenceDocumentId',
      code: 'validation.employer.licenceNotOwned',
    });
    const missing = await h.call('PUT', '/api/employer/organisation', {
      cookie: admin.cookie,
      body: { ...profile, licenceDocumentId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(missing.status).toBe(400);
  });

  it('keeps the verified name, and sends a corrected rejected organisation back for review', async () => {
    const h = await createTestHarness();
    const { admin } = await verifiedOrganisation(h);
    const org = await organisationOf(h, admin.cookie);
    const renamed = await h.call('PUT', '/api/employer/organisation', {
      cookie: admin.cookie,
      body: { ...profile, name: '别的名字有限公司' },
    });
    expect(renamed.status).toBe(409);
    expect((await errorOf(renamed)).code).toBe('conflict');
    const same = await h.call('PUT', '/api/employer/organisation', {
      cookie: admin.cookie,
      body: { ...profile, name: org.name },
    });
    expect(same.status).toBe(200);

    const rejected = await h.employerStaff();
    await h.db
      .updateTable('employer')
      .set({ status: 'rejected', decision_reason: '营业执照不清晰' })
      .where('id', '=', rejected.employerId)
      .execute();
    expect(await organisationOf(h, rejected.cookie)).toMatchObject({
      status: 'rejected',
      decisionReason: '营业执照不清晰',
    });
    const fixed = await h.call('PUT', '/api/employer/organisation', {
      cookie: rejected.cookie,
      body: profile,
    });
    expect((await json<{ organisation: Organisation }>(fixed)).organisation).toMatchObject({
      status: 'pending',
      decisionReason: null,
    });
    const audit = await h.auditOf(rejected.employerId, 'employer.profile.update');
    expect(audit[0]?.details).toMatchObject({ from: 'rejected', to: 'pending' });
  });

  it('does not shrink the collective household below the members it accepted', async () => {
    const h = await createTestHarness();
    const { admin, employerId } = await verifiedOrganisation(h);
    const org = await organisationOf(h, admin.cookie);
    await collectiveRequest(h, employerId, { status: 'accepted' });
    await collectiveRequest(h, employerId, { status: 'accepted' });
    // a withdrawn application frees its place
    await collectiveRequest(h, employerId, { status: 'accepted', state: 'withdrawn' });
    expect((await organisationOf(h, admin.cookie)).collectiveMembers).toBe(2);
    const put = (body: Record<string, unknown>) =>
      h.call('PUT', '/api/employer/organisation', {
        cookie: admin.cookie,
        body: { ...profile, name: org.name, ...body },
      });
    const tooSmall = await put({ collectiveCapacity: 1 });
    expect(tooSmall.status).toBe(400);
    expect((await errorOf(tooSmall)).details?.fields?.[0]?.path).toBe('collectiveCapacity');
    const closed = await put({ keepsCollectiveHousehold: false, collectiveCapacity: 0 });
    expect((await errorOf(closed)).details?.fields?.[0]?.path).toBe('keepsCollectiveHousehold');
    expect((await put({ collectiveCapacity: 2 })).status).toBe(200);
  });

  it('answers invalid input with 400 naming each field', async () => {
    const h = await createTestHarness();
    const admin = await h.employerStaff();
    const res = await h.call('PUT', '/api/employer/organisation', {
      cookie: admin.cookie,
      body: { ...profile, countyCode: '110101', orgType: 'club', collectiveCapacity: 0 },
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(400);
    const paths = ((await errorOf(res)).details?.fields ?? []).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['countyCode', 'orgType']));
  });
});

describe('GET/POST /api/employer/staff', () => {
  it('lets the admin open an HR account that signs in to the same organisation, audited', async () => {
    const h = await createTestHarness();
    const admin = await h.employerStaff({ status: 'verified' });
    const mobile = uniqueMobile();
    const res = await h.call('POST', '/api/employer/staff', {
      cookie: admin.cookie,
      body: { name: '张人事', mobile, password: TEST_PASSWORD },
    });
    expect(res.status).toBe(201);
    const { item } = await json<{ item: { id: string; role: string; mobile: string; name: string } }>(res);
    expect(item).toMatchObject({
      name: '张人事',
      role: 'hr',
      mobile: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`,
    });
    const audit = await h.auditOf(item.id, 'employer.staff.add');
    expect(audit[0]?.actor_id).toBe(admin.id);
    expect(JSON.stringify(audit)).not.toContain(mobile);
    expect(JSON.stringify(audit)).not.toContain(TEST_PASSWORD);

    const signIn = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'employer', login: mobile, password: TEST_PASSWORD },
    });
    expect(signIn.status).toBe(200);
    const { user } = await json<{ user: { employer: { id: string }; employerRole: string } }>(signIn);
    expect(user.employer.id).toBe(admin.employerId);
    expect(user.employerRole).toBe('hr');

    const list = await json<Page<{ id: string; role: string }>>(
      await h.call('GET', '/api/employer/staff?sort=createdAt&order=asc', { cookie: admin.cookie }),
    );
    expect(list.total).toBe(2);
    expect(list.items.map((i) => i.role)).toEqual(['admin', 'hr']);
  });

  it('refuses a mobile already registered with 409 and bad input with 400', async () => {
    const h = await createTestHarness();
    const admin = await h.employerStaff();
    const taken = await h.call('POST', '/api/employer/staff', {
      cookie: admin.cookie,
      body: { name: '重复', mobile: admin.mobile, password: TEST_PASSWORD },
    });
    expect(taken.status).toBe(409);
    const bad = await h.call('POST', '/api/employer/staff', {
      cookie: admin.cookie,
      body: { name: '', mobile: '123', password: 'weak' },
    });
    expect(bad.status).toBe(400);
    const paths = ((await errorOf(bad)).details?.fields ?? []).map((f) => f.path);
    expect(new Set(paths)).toEqual(new Set(['name', 'mobile', 'password']));
  });
});

describe('the bureau verification queue', () => {
  it('lists, filters by status and searches name and credit code', async () => {
    const h = await createTestHarness();
    const reviewer = await h.bureau(['reviewer']);
    const pending = await h.employerStaff();
    const row = await h.db
      .selectFrom('employer')
      .select(['name', 'uscc'])
      .where('id', '=', pending.employerId)
      .executeTakeFirstOrThrow();
    for (const q of [row.name, row.uscc.toLowerCase()]) {
      const page = await json<Page<{ id: string; status: string; contactMobile: string }>>(
        await h.call('GET', `/api/bureau/employers?status=pending&q=${encodeURIComponent(q)}`, {
          cookie: reviewer.cookie,
        }),
      );
      expect(page.total).toBe(1);
      expect(page.items[0]).toMatchObject({ id: pending.employerId, status: 'pending' });
      expect(page.items[0]?.contactMobile).not.toContain(pending.mobile);
    }
    const verified = await json<Page<unknown>>(
      await h.call('GET', `/api/bureau/employers?status=verified&q=${encodeURIComponent(row.uscc)}`, {
        cookie: reviewer.cookie,
      }),
    );
    expect(verified.total).toBe(0);
    for (const query of ['status=open', 'sort=password', 'page=0']) {
      expect(
        (await h.call('GET', `/api/bureau/employers?${query}`, { cookie: reviewer.cookie })).status,
      ).toBe(400);
    }
  });

  it('verifies a pending organisation, audited, and tells its admin', async () => {
    const h = await createTestHarness();
    const reviewer = await h.bureau(['reviewer']);
    const admin = await h.employerStaff();
    const res = await h.call('POST', `/api/bureau/employers/${admin.employerId}/decision`, {
      cookie: reviewer.cookie,
      body: { decision: 'verify' },
    });
    expect(res.status).toBe(200);
    expect((await json<{ item: { status: string } }>(res)).item.status).toBe('verified');
    const audit = await h.auditOf(admin.employerId, 'employer.verify');
    expect(audit[0]).toMatchObject({ actor_id: reviewer.id, details: { from: 'pending', to: 'verified' } });
    const notes = await json<{ items: { kind: string }[] }>(
      await h.call('GET', '/api/notifications', { cookie: admin.cookie }),
    );
    expect(notes.items.map((n) => n.kind)).toContain('notification.employer.verify');
    // the organisation's own view follows at once
    expect((await organisationOf(h, admin.cookie)).status).toBe('verified');
    const again = await h.call('POST', `/api/bureau/employers/${admin.employerId}/decision`, {
      cookie: reviewer.cookie,
      body: { decision: 'reject', reason: '重复操作' },
    });
    expect(again.status).toBe(409);
  });

  it('rejects only with a reason, which the organisation reads', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const employer = await h.employerStaff();
    const noReason = await h.call('POST', `/api/bureau/employers/${employer.employerId}/decision`, {
      cookie: admin.cookie,
      body: { decision: 'reject' },
    });
    expect(noReason.status).toBe(400);
    expect((await errorOf(noReason)).details?.fields?.[0]?.path).toBe('reason');
    const res = await h.call('POST', `/api/bureau/employers/${employer.employerId}/decision`, {
      cookie: admin.cookie,
      body: { decision: 'reject', reason: '营业执照与名称不符' },
    });
    expect(res.status).toBe(200);
    expect(await organisationOf(h, employer.cookie)).toMatchObject({
      status: 'rejected',
      decisionReason: '营业执照与名称不符',
    });
  });

  it('lets one of two reviewers deciding at once win; the other gets 409 with the status', async () => {
    const h = await createTestHarness();
    const [a, b] = await Promise.all([h.bureau(['reviewer']), h.bureau(['reviewer'])]);
    const employer = await h.employerStaff();
    const results = await Promise.all([
      h.call('POST', `/api/bureau/employers/${employer.employerId}/decision`, {
        cookie: a.cookie,
        body: { decision: 'verify' },
      }),
      h.call('POST', `/api/bureau/employers/${employer.employerId}/decision`, {
        cookie: b.cookie,
        body: { decision: 'reject', reason: '材料不全' },
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409);
    const details = (await errorOf(loser as Response)).details as { status: string };
    expect(['verified', 'rejected']).toContain(details.status);
    const audit = await h.auditOf(employer.employerId);
    expect(audit.filter((r) => r.action.startsWith('employer.'))).toHaveLength(1);
  });
});

describe('GET /api/employer/talent', () => {
  it('lists collective-household members and confirmed employees, names masked, with CSV-ready fields', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h);
    const member = await collectiveRequest(h, employerId, {
      status: 'accepted',
      state: 'approved',
      name: '王小二',
    });
    await h.db
      .updateTable('settlement_application')
      .set({ collective_decided_at: new Date('2026-02-01T02:00:00Z') })
      .where('id', '=', member.id)
      .execute();
    await collectiveRequest(h, employerId, { status: 'pending' });
    await collectiveRequest(h, employerId, { status: 'accepted', state: 'rejected' });
    const employee = await reportedEmployment(h, employerId, { name: '欧阳娜娜' });
    await h.db
      .updateTable('employment_report')
      .set({ status: 'confirmed' })
      .where('id', '=', employee.reportId)
      .execute();
    await h.db
      .updateTable('settlement_application')
      .set({ state: 'employment_confirmed' })
      .where('id', '=', employee.app.id)
      .execute();
    const page = await json<Page<Record<string, unknown>>>(
      await h.call('GET', '/api/employer/talent?sort=since&order=asc', { cookie: hr.cookie }),
    );
    expect(page.total).toBe(2);
    expect(page.items).toEqual([
      {
        applicationId: member.id,
        number: member.number,
        name: '王*二',
        tier: 'master',
        state: 'approved',
        relations: ['collective'],
        since: '2026-02-01',
        position: null,
      },
      {
        applicationId: employee.app.id,
        number: employee.app.number,
        name: '欧**娜',
        tier: 'bachelor',
        state: 'employment_confirmed',
        relations: ['employee'],
        since: '2026-03-01',
        position: '软件工程师',
      },
    ]);
    const employees = await json<Page<unknown>>(
      await h.call('GET', '/api/employer/talent?relation=employee', { cookie: hr.cookie }),
    );
    expect(employees.total).toBe(1);
  });
});
