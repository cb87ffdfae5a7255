import { describe, expect, it } from 'vitest';
import {
  createTestHarness,
  expectNoServerError,
  SQL_METACHARACTERS,
  type TestHarness,
} from '../../testing/index.js';
import { verifiedOrganisation } from '../employers/fixtures.js';
import { activeAward } from './fixtures.js';

async function stopped(h: TestHarness) {
  const org = await verifiedOrganisation(h);
  const fixture = await activeAward(h, { employerId: org.employerId });
  await h.call('POST', `/api/employer/awards/${fixture.awardId}/departure`, {
    cookie: org.hr.cookie,
    body: { departedOn: '2026-01-15' },
  });
  return { ...fixture, org };
}

describe('clawbacks: security', () => {
  it('answer anonymous callers with 401', async () => {
    const h = await createTestHarness();
    const { awardId } = await stopped(h);
    for (const [method, path, body] of [
      ['GET', '/api/bureau/clawbacks', undefined],
      ['GET', '/api/bureau/clawbacks/counts', undefined],
      ['GET', `/api/bureau/clawbacks/${awardId}`, undefined],
      ['POST', `/api/bureau/clawbacks/${awardId}/events`, { event: 'assess_clawback', version: 2 }],
      [
        'POST',
        `/api/bureau/clawbacks/${awardId}/events`,
        { event: 'record_repayment', version: 2, recoveredOn: '2026-01-01' },
      ],
      [
        'POST',
        `/api/bureau/clawbacks/${awardId}/events`,
        { event: 'waive_clawback', version: 2, reason: '因病离职' },
      ],
    ] as const) {
      expect((await h.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
    }
  });

  it('refuse graduates, employers, the registrar and the wrong role for each step with 403; nothing changes', async () => {
    const h = await createTestHarness();
    const { awardId, graduate, org } = await stopped(h);
    const registrar = await h.bureau(['registrar']);
    for (const user of [graduate, org.admin, registrar]) {
      for (const path of [
        '/api/bureau/clawbacks',
        '/api/bureau/clawbacks/counts',
        `/api/bureau/clawbacks/${awardId}`,
      ]) {
        expect((await h.call('GET', path, { cookie: user.cookie })).status, path).toBe(403);
      }
      const res = await h.call('POST', `/api/bureau/clawbacks/${awardId}/events`, {
        cookie: user.cookie,
        body: { event: 'assess_clawback', version: 2 },
      });
      expect(res.status).toBe(403);
    }
    const [finance, approver, auditor] = await Promise.all([
      h.bureau(['finance']),
      h.bureau(['approver']),
      h.bureau(['auditor']),
    ]);
    for (const user of [finance, approver, auditor]) {
      const res = await h.call('POST', `/api/bureau/clawbacks/${awardId}/events`, {
        cookie: user.cookie,
        body: { event: 'assess_clawback', version: 2 },
      });
      expect(res.status).toBe(403);
    }
    const reviewer = await h.bureau(['reviewer']);
    await h.call('POST', `/api/bureau/clawbacks/${awardId}/events`, {
      cookie: reviewer.cookie,
      body: { event: 'assess_clawback', version: 2 },
    });
    for (const user of [reviewer, approver, auditor]) {
      const res = await h.call('POST', `/api/bureau/clawbacks/${awardId}/events`, {
        cookie: user.cookie,
        body: { event: 'record_repayment', version: 3, recoveredOn: '2026-01-01' },
      });
      expect(res.status).toBe(403);
    }
    for (const user of [reviewer, finance, auditor]) {
      const res = await h.call('POST', `/api/bureau/clawbacks/${awardId}/events`, {
        cookie: user.cookie,
        body: { event: 'waive_clawback', version: 3, reason: '因病离职,予以免除' },
      });
      expect(res.status).toBe(403);
    }
    const award = await h.db
      .selectFrom('award')
      .select('state')
      .where('id', '=', awardId)
      .executeTakeFirstOrThrow();
    expect(award.state).toBe('clawback_due');
  });

  it('answer an award without a departure, a malformed id or an unknown one with 404', async () => {
    const h = await createTestHarness();
    const { awardId } = await activeAward(h);
    const chief = await h.bureau(['reviewer', 'approver', 'finance']);
    for (const id of [awardId, 'nope', '00000000-0000-4000-8000-000000000000']) {
      expect((await h.call('GET', `/api/bureau/clawbacks/${id}`, { cookie: chief.cookie })).status, id).toBe(
        404,
      );
      const res = await h.call('POST', `/api/bureau/clawbacks/${id}/events`, {
        cookie: chief.cookie,
        body: { event: 'assess_clawback', version: 1 },
      });
      expect(res.status, id).toBe(404);
    }
  });

  it('answer bad queries and bodies with 4xx, never 5xx', async () => {
    const h = await createTestHarness();
    const { awardId } = await stopped(h);
    const chief = await h.bureau(['reviewer', 'approver']);
    for (const nasty of SQL_METACHARACTERS) {
      const q = encodeURIComponent(nasty);
      for (const query of [`stage=${q}`, `sort=${q}`, `order=${q}`, `page=${q}`]) {
        const res = await h.call('GET', `/api/bureau/clawbacks?${query}`, { cookie: chief.cookie });
        expectNoServerError(res, query);
        expect(res.status).toBe(400);
      }
      const waive = await h.call('POST', `/api/bureau/clawbacks/${awardId}/events`, {
        cookie: chief.cookie,
        body: { event: 'waive_clawback', version: 2, reason: nasty },
      });
      expectNoServerError(waive, 'reason');
    }
    const badVersion = await h.call('POST', `/api/bureau/clawbacks/${awardId}/events`, {
      cookie: chief.cookie,
      body: { event: 'assess_clawback', version: 'two' },
    });
    expect(badVersion.status).toBe(400);
  });
});
