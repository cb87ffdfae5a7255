import { describe, expect, it } from 'vitest';
import { createTestHarness, expectNoServerError, SQL_METACHARACTERS } from '../../testing/index.js';
import { reportedEmployment, verifiedOrganisation } from '../employers/fixtures.js';

describe('employment confirmations: security', () => {
  it('answer anonymous callers with 401', async () => {
    const h = await createTestHarness();
    const { employerId } = await verifiedOrganisation(h);
    const { reportId } = await reportedEmployment(h, employerId);
    for (const [method, path, body] of [
      ['GET', '/api/employer/employment-reports', undefined],
      ['POST', `/api/employer/employment-reports/${reportId}/confirm`, { version: 1 }],
      ['POST', `/api/employer/employment-reports/${reportId}/decline`, { version: 1, reason: '查无此人' }],
    ] as const) {
      expect((await h.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
    }
  });

  it('refuse the graduate and every bureau role with 403; the case is unchanged', async () => {
    const h = await createTestHarness();
    const { employerId } = await verifiedOrganisation(h);
    const { app, reportId, applicant } = await reportedEmployment(h, employerId);
    const bureau = await h.bureau(['reviewer', 'approver', 'registrar', 'admin', 'auditor']);
    for (const user of [applicant, bureau]) {
      expect((await h.call('GET', '/api/employer/employment-reports', { cookie: user.cookie })).status).toBe(
        403,
      );
      const res = await h.call('POST', `/api/employer/employment-reports/${reportId}/confirm`, {
        cookie: user.cookie,
        body: { version: app.version },
      });
      expect(res.status).toBe(403);
    }
    const row = await h.db
      .selectFrom('settlement_application')
      .select('state')
      .where('id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('employment_reported');
  });

  it('answer employer X acting on or looking for Y’s reports with 404', async () => {
    const h = await createTestHarness();
    const x = await verifiedOrganisation(h);
    const y = await verifiedOrganisation(h);
    const ys = await reportedEmployment(h, y.employerId);
    const list = (await (
      await h.call('GET', '/api/employer/employment-reports', { cookie: x.hr.cookie })
    ).json()) as {
      total: number;
    };
    expect(list.total).toBe(0);
    for (const [decision, body] of [
      ['confirm', { version: ys.app.version }],
      ['decline', { version: ys.app.version, reason: '查无此人' }],
    ] as const) {
      const res = await h.call('POST', `/api/employer/employment-reports/${ys.reportId}/${decision}`, {
        cookie: x.admin.cookie,
        body,
      });
      expect(res.status).toBe(404);
    }
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope', ys.app.id]) {
      const res = await h.call('POST', `/api/employer/employment-reports/${id}/confirm`, {
        cookie: x.admin.cookie,
        body: { version: 1 },
      });
      expect(res.status, id).toBe(404);
    }
    expect((await h.auditOf(ys.app.id)).length).toBe(0);
  });

  it('refuse mutations without a matching Origin', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h);
    const { app, reportId } = await reportedEmployment(h, employerId);
    for (const origin of [null, 'https://attacker.example']) {
      const res = await h.call('POST', `/api/employer/employment-reports/${reportId}/confirm`, {
        cookie: hr.cookie,
        origin,
        body: { version: app.version },
      });
      expect(res.status).toBe(403);
    }
  });

  it('answer SQL metacharacters with 4xx, never 5xx', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h);
    const { reportId } = await reportedEmployment(h, employerId);
    for (const nasty of SQL_METACHARACTERS) {
      const q = encodeURIComponent(nasty);
      for (const query of [`status=${q}`, `sort=${q}`, `order=${q}`, `pageSize=${q}`]) {
        const res = await h.call('GET', `/api/employer/employment-reports?${query}`, { cookie: hr.cookie });
        expectNoServerError(res, query);
        expect(res.status).toBe(400);
      }
      const path = await h.call('POST', `/api/employer/employment-reports/${q}/confirm`, {
        cookie: hr.cookie,
        body: { version: 1 },
      });
      expect(path.status).toBe(404);
      const body = await h.call('POST', `/api/employer/employment-reports/${reportId}/decline`, {
        cookie: hr.cookie,
        body: { version: 1, reason: nasty },
      });
      expectNoServerError(body, 'reason');
    }
  });
});
