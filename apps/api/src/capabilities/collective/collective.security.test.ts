import { describe, expect, it } from 'vitest';
import { createTestHarness, expectNoServerError, SQL_METACHARACTERS } from '../../testing/index.js';
import { collectiveRequest, verifiedOrganisation } from '../employers/fixtures.js';

describe('collective-household requests: security', () => {
  it('answer anonymous callers with 401', async () => {
    const h = await createTestHarness();
    const { employerId } = await verifiedOrganisation(h);
    const app = await collectiveRequest(h, employerId);
    for (const [method, path, body] of [
      ['GET', '/api/employer/collective-requests', undefined],
      ['POST', `/api/employer/collective-requests/${app.id}/accept`, { version: 1 }],
      ['POST', `/api/employer/collective-requests/${app.id}/decline`, { version: 1, reason: '不接收' }],
    ] as const) {
      expect((await h.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
    }
  });

  it('refuse the applicant and every bureau role with 403; the case is unchanged', async () => {
    const h = await createTestHarness();
    const { employerId } = await verifiedOrganisation(h);
    const app = await collectiveRequest(h, employerId);
    const bureau = await h.bureau(['reviewer', 'approver', 'registrar', 'admin', 'auditor']);
    for (const user of [app.applicant, bureau]) {
      expect((await h.call('GET', '/api/employer/collective-requests', { cookie: user.cookie })).status).toBe(
        403,
      );
      for (const [decision, body] of [
        ['accept', { version: 1 }],
        ['decline', { version: 1, reason: '不接收' }],
      ] as const) {
        const res = await h.call('POST', `/api/employer/collective-requests/${app.id}/${decision}`, {
          cookie: user.cookie,
          body,
        });
        expect(res.status).toBe(403);
      }
    }
    const row = await h.db
      .selectFrom('settlement_application')
      .select(['collective_status', 'version'])
      .where('id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ collective_status: 'pending', version: 1 });
  });

  it('answer employer X acting on or looking for Y’s requests with 404', async () => {
    const h = await createTestHarness();
    const x = await verifiedOrganisation(h);
    const y = await verifiedOrganisation(h);
    const ys = await collectiveRequest(h, y.employerId);
    const list = (await (
      await h.call('GET', '/api/employer/collective-requests', { cookie: x.admin.cookie })
    ).json()) as {
      total: number;
    };
    expect(list.total).toBe(0);
    for (const user of [x.admin, x.hr]) {
      for (const [decision, body] of [
        ['accept', { version: 1 }],
        ['decline', { version: 1, reason: '不接收' }],
      ] as const) {
        const res = await h.call('POST', `/api/employer/collective-requests/${ys.id}/${decision}`, {
          cookie: user.cookie,
          body,
        });
        expect(res.status).toBe(404);
      }
    }
    // an application that is only a draft, or settles elsewhere, is no request at all
    const draft = await collectiveRequest(h, x.employerId, { state: 'draft' });
    for (const id of [draft.id, '00000000-0000-4000-8000-000000000000', 'nope']) {
      const res = await h.call('POST', `/api/employer/collective-requests/${id}/accept`, {
        cookie: x.admin.cookie,
        body: { version: 1 },
      });
      expect(res.status, id).toBe(404);
    }
    expect(await h.auditOf(ys.id)).toHaveLength(0);
  });

  it('refuse mutations without a matching Origin', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h);
    const app = await collectiveRequest(h, employerId);
    for (const origin of [null, 'https://attacker.example']) {
      const res = await h.call('POST', `/api/employer/collective-requests/${app.id}/accept`, {
        cookie: hr.cookie,
        origin,
        body: { version: 1 },
      });
      expect(res.status).toBe(403);
    }
  });

  it('answer SQL metacharacters with 4xx, never 5xx', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h);
    const app = await collectiveRequest(h, employerId);
    for (const nasty of SQL_METACHARACTERS) {
      const q = encodeURIComponent(nasty);
      for (const query of [`status=${q}`, `sort=${q}`, `order=${q}`, `page=${q}`]) {
        const res = await h.call('GET', `/api/employer/collective-requests?${query}`, { cookie: hr.cookie });
        expectNoServerError(res, query);
        expect(res.status).toBe(400);
      }
      const path = await h.call('POST', `/api/employer/collective-requests/${q}/accept`, {
        cookie: hr.cookie,
        body: { version: 1 },
      });
      expect(path.status).toBe(404);
      const body = await h.call('POST', `/api/employer/collective-requests/${app.id}/decline`, {
        cookie: hr.cookie,
        body: { version: nasty, reason: nasty },
      });
      expect(body.status).toBe(400);
    }
  });
});
