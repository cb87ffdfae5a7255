import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, expectNoServerError, SQL_METACHARACTERS } from '../../testing/index.js';
import { bankInput, claim, confirmedGraduate, fire, recommendedClaim, step } from './fixtures.js';

const someId = '00000000-0000-4000-8000-000000000000';

describe('subsidy claim routes: security', () => {
  it('answer anonymous callers with 401', async () => {
    const h = await createTestHarness();
    for (const [method, path, body] of [
      ['GET', '/api/subsidy-claims/eligibility', undefined],
      ['POST', '/api/subsidy-claims/preview', undefined],
      ['POST', '/api/subsidy-claims', bankInput],
      ['GET', '/api/subsidy-claims/mine', undefined],
      ['GET', '/api/subsidy-claims', undefined],
      ['GET', '/api/subsidy-claims/counts', undefined],
      ['GET', `/api/subsidy-claims/${someId}`, undefined],
      ['PUT', `/api/subsidy-claims/${someId}`, { ...bankInput, version: 1 }],
      ['POST', `/api/subsidy-claims/${someId}/events`, { event: 'withdraw', version: 1 }],
      ['POST', `/api/subsidy-claims/${someId}/reveal`, undefined],
    ] as const) {
      expect((await h.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
    }
  });

  it('hide applicant A’s claim and award from applicant B (404 for every route)', async () => {
    const h = await createTestHarness();
    const { g, approver, view } = await recommendedClaim(h);
    const approved = await step(h, approver, view, 'approve');
    const b = await confirmedGraduate(h);
    for (const [method, path, body] of [
      ['GET', `/api/subsidy-claims/${view.id}`, undefined],
      ['PUT', `/api/subsidy-claims/${view.id}`, { ...bankInput, version: approved.version }],
      ['POST', `/api/subsidy-claims/${view.id}/events`, { event: 'withdraw', version: approved.version }],
      ['GET', '/api/subsidy-claims/not-a-uuid', undefined],
    ] as const) {
      const res = await h.call(method, path, { cookie: b.cookie, body });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    // revealing is no applicant's to do: the role is refused before the claim is looked up
    expect((await h.call('POST', `/api/subsidy-claims/${view.id}/reveal`, { cookie: b.cookie })).status).toBe(
      403,
    );
    const own = await (await h.call('GET', '/api/subsidy-claims/mine', { cookie: b.cookie })).json();
    expect(own).toEqual({ items: [] });
    // the owner sees it
    expect((await h.call('GET', `/api/subsidy-claims/${view.id}`, { cookie: g.cookie })).status).toBe(200);
  });

  it('answer the wrong role with 403: employers, applicants on the queue, roles without the step', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h);
    const view = await claim(h, g);
    const hr = await h.employerStaff({ status: 'verified' });
    const registrar = await h.bureau(['registrar']);
    const auditor = await h.bureau(['auditor']);
    const approver = await h.bureau(['approver']);
    for (const [user, method, path] of [
      [hr, 'GET', '/api/subsidy-claims/eligibility'],
      [hr, 'POST', '/api/subsidy-claims'],
      [registrar, 'POST', '/api/subsidy-claims'],
      [g, 'GET', '/api/subsidy-claims'],
      [hr, 'GET', '/api/subsidy-claims'],
      [registrar, 'GET', '/api/subsidy-claims'],
      [g, 'GET', '/api/subsidy-claims/counts'],
      [auditor, 'POST', `/api/subsidy-claims/${view.id}/reveal`],
      [g, 'POST', `/api/subsidy-claims/${view.id}/reveal`],
    ] as const) {
      const res = await h.call(method, path, {
        cookie: user.cookie,
        body: method === 'POST' ? bankInput : undefined,
      });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    // bureau roles may read; only the reviewer starts the review
    expect((await h.call('GET', `/api/subsidy-claims/${view.id}`, { cookie: auditor.cookie })).status).toBe(
      200,
    );
    expect((await fire(h, auditor, view, 'start_review')).status).toBe(403);
    expect((await fire(h, approver, view, 'start_review')).status).toBe(403);
    expect((await fire(h, g, view, 'start_review')).status).toBe(403);
    // employer staff never see a claim: theirs is the wrong role, refused before the claim is looked up
    expect((await h.call('GET', `/api/subsidy-claims/${view.id}`, { cookie: hr.cookie })).status).toBe(403);
  });

  it('keeps the notice’s events and unknown ones off the claim’s route (400)', async () => {
    const h = await createTestHarness();
    const { approver, view } = await recommendedClaim(h);
    const approved = await step(h, approver, view, 'approve');
    for (const event of ['publish_notice', 'close_notice', 'fly']) {
      const res = await fire(h, approver, approved, event);
      expect(res.status, event).toBe(400);
    }
    const bad = await h.call('POST', `/api/subsidy-claims/${view.id}/events`, {
      cookie: approver.cookie,
      body: { event: 'reject', version: 'one' },
    });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).details?.fields?.[0]?.path).toBe('version');
  });

  it('survive hostile search text and never leak the whole account', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h);
    const view = await claim(h, g);
    const reviewer = await h.bureau(['reviewer']);
    for (const q of SQL_METACHARACTERS) {
      const res = await h.call('GET', `/api/subsidy-claims?q=${encodeURIComponent(q)}`, {
        cookie: reviewer.cookie,
      });
      expectNoServerError(res, q);
    }
    const page = await h.call('GET', '/api/subsidy-claims?pageSize=100', { cookie: reviewer.cookie });
    expect(await page.text()).not.toContain('6217001234567890123');
    const item = await h.call('GET', `/api/subsidy-claims/${view.id}`, { cookie: reviewer.cookie });
    expect(await item.text()).not.toContain('6217001234567890123');
  });
});
