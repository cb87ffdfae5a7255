import { describe, expect, it } from 'vitest';
import { createTestHarness, expectNoServerError, SQL_METACHARACTERS } from '../../testing/index.js';
import { activeAward } from '../clawbacks/fixtures.js';
import { verifiedOrganisation } from '../employers/fixtures.js';
import { uploadContributions } from './fixtures.js';

const months = { fromMonth: '2025-01', toMonth: '2025-02' };

describe('contributions and departures: security', () => {
  it('answer anonymous callers with 401', async () => {
    const h = await createTestHarness();
    const { awardId } = await activeAward(h);
    for (const [method, path, body] of [
      ['GET', '/api/employer/awards', undefined],
      ['POST', `/api/employer/awards/${awardId}/contributions`, months],
      ['POST', `/api/employer/awards/${awardId}/departure`, { departedOn: '2026-01-01' }],
      ['GET', '/api/bureau/contribution-imports', undefined],
      ['GET', `/api/bureau/contribution-imports/${awardId}`, undefined],
    ] as const) {
      expect((await h.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
    }
    expect((await uploadContributions(h, undefined, 'x.csv', 'a,b\r\n')).status).toBe(401);
  });

  it('refuse graduates and the bureau on employer routes, employers and the wrong roles on bureau routes (403)', async () => {
    const h = await createTestHarness();
    const { awardId, graduate } = await activeAward(h);
    const bureau = await h.bureau(['reviewer', 'approver', 'finance', 'admin', 'auditor']);
    for (const user of [graduate, bureau]) {
      expect((await h.call('GET', '/api/employer/awards', { cookie: user.cookie })).status).toBe(403);
      for (const [path, body] of [
        ['contributions', months],
        ['departure', { departedOn: '2026-01-01' }],
      ] as const) {
        const res = await h.call('POST', `/api/employer/awards/${awardId}/${path}`, {
          cookie: user.cookie,
          body,
        });
        expect(res.status, path).toBe(403);
      }
    }
    const employer = await verifiedOrganisation(h);
    const registrar = await h.bureau(['registrar']);
    for (const user of [graduate, employer.admin, registrar]) {
      expect((await h.call('GET', '/api/bureau/contribution-imports', { cookie: user.cookie })).status).toBe(
        403,
      );
    }
    const approver = await h.bureau(['approver', 'auditor']);
    for (const user of [graduate, employer.admin, registrar, approver]) {
      expect((await uploadContributions(h, user.cookie, 'x.csv', 'a,b\r\n1,2\r\n')).status).toBe(403);
    }
    const award = await h.db
      .selectFrom('award')
      .select('state')
      .where('id', '=', awardId)
      .executeTakeFirstOrThrow();
    expect(award.state).toBe('active');
  });

  it('answer another organisation’s award, a malformed id and an unknown import with 404', async () => {
    const h = await createTestHarness();
    const mine = await verifiedOrganisation(h);
    const { awardId } = await activeAward(h);
    for (const id of [awardId, 'nope', '00000000-0000-4000-8000-000000000000']) {
      for (const [path, body] of [
        ['contributions', months],
        ['departure', { departedOn: '2026-01-01' }],
      ] as const) {
        const res = await h.call('POST', `/api/employer/awards/${id}/${path}`, {
          cookie: mine.hr.cookie,
          body,
        });
        expect(res.status, `${id} ${path}`).toBe(404);
      }
    }
    const list = (await (await h.call('GET', '/api/employer/awards', { cookie: mine.hr.cookie })).json()) as {
      total: number;
    };
    expect(list.total).toBe(0);
    expect(await h.auditOf(awardId)).toHaveLength(0);
    const reviewer = await h.bureau(['reviewer']);
    for (const id of ['nope', '00000000-0000-4000-8000-000000000000']) {
      expect(
        (await h.call('GET', `/api/bureau/contribution-imports/${id}`, { cookie: reviewer.cookie })).status,
      ).toBe(404);
    }
  });

  it('refuse mutations without a matching Origin, and SQL metacharacters with 4xx', async () => {
    const h = await createTestHarness();
    const org = await verifiedOrganisation(h);
    const { awardId } = await activeAward(h, { employerId: org.employerId });
    const res = await h.call('POST', `/api/employer/awards/${awardId}/departure`, {
      cookie: org.hr.cookie,
      origin: 'https://attacker.example',
      body: { departedOn: '2026-01-01' },
    });
    expect(res.status).toBe(403);
    for (const nasty of SQL_METACHARACTERS) {
      const q = encodeURIComponent(nasty);
      const list = await h.call('GET', `/api/employer/awards?state=${q}`, { cookie: org.hr.cookie });
      expect(list.status).toBe(400);
      const body = await h.call('POST', `/api/employer/awards/${awardId}/contributions`, {
        cookie: org.hr.cookie,
        body: { fromMonth: nasty, toMonth: nasty },
      });
      expectNoServerError(body, 'month');
      expect(body.status).toBe(400);
    }
  });
});
