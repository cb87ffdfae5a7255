import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, expectNoServerError, SQL_METACHARACTERS } from '../../testing/index.js';
import { createDraft, documentOf, fire, graduate, stationDraft, step, underReview } from './fixtures.js';

const someId = '00000000-0000-4000-8000-000000000000';

describe('settlement routes: security', () => {
  it('answer anonymous callers with 401', async () => {
    const h = await createTestHarness();
    for (const [method, path, body] of [
      ['GET', '/api/settlements', undefined],
      ['POST', '/api/settlements', {}],
      ['GET', `/api/settlements/${someId}`, undefined],
      ['PUT', `/api/settlements/${someId}`, { version: 1 }],
      ['POST', `/api/settlements/${someId}/events`, { event: 'submit', version: 1 }],
      ['POST', `/api/settlements/${someId}/reveal`, undefined],
    ] as const) {
      expect((await h.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
    }
  });

  it('hide applicant A’s application from applicant B (404 for every route), and A’s documents too', async () => {
    const h = await createTestHarness();
    const a = await graduate(h);
    const b = await graduate(h);
    const app = await createDraft(h, a);
    for (const [method, path, body] of [
      ['GET', `/api/settlements/${app.id}`, undefined],
      ['PUT', `/api/settlements/${app.id}`, { ...(await stationDraft(h, b)), version: app.version }],
      ['POST', `/api/settlements/${app.id}/events`, { event: 'withdraw', version: app.version }],
      ['GET', `/api/settlements/not-a-uuid`, undefined],
    ] as const) {
      const res = await h.call(method, path, { cookie: b.cookie, body });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    // revealing is no applicant's to do: the role is refused before the record is looked up
    expect((await h.call('POST', `/api/settlements/${app.id}/reveal`, { cookie: b.cookie })).status).toBe(
      403,
    );
    const own = (await (await h.call('GET', '/api/settlements', { cookie: b.cookie })).json()) as {
      items: unknown[];
    };
    expect(own.items).toEqual([]);
    // B may not attach A's uploads to B's own application
    const stolen = await h.call('POST', '/api/settlements', {
      cookie: b.cookie,
      body: {
        ...(await stationDraft(h, b)),
        documents: { ...b.documents, residentIdCard: a.documents.residentIdCard },
      },
    });
    expect(stolen.status).toBe(400);
    expect((await errorOf(stolen)).details?.fields?.[0]).toMatchObject({
      path: 'documents.residentIdCard',
      code: 'validation.document.notYours',
    });
    const foreignMemberDoc = await documentOf(h, a.id);
    const viaMember = await h.call('POST', '/api/settlements', {
      cookie: b.cookie,
      body: {
        ...(await stationDraft(h, b)),
        members: [
          {
            name: '王芳',
            residentId: '11010519491231002X',
            relation: 'parent',
            documentId: foreignMemberDoc,
          },
        ],
      },
    });
    expect(viaMember.status).toBe(400);
  });

  it('keep the registrar’s act from the reviewer (403), and the reviewer’s from the registrar', async () => {
    const h = await createTestHarness();
    const { app, reviewer } = await underReview(h);
    const registrar = await h.bureau(['registrar']);
    expect((await fire(h, registrar, app, 'approve')).status).toBe(403);
    const approved = await step(h, reviewer, app, 'approve');
    const res = await fire(h, reviewer, approved, 'register', {
      householdNumber: 'QY-0009',
      registrationDate: '2026-03-02',
    });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('forbidden');
    const permits = await h.db
      .selectFrom('move_in_permit')
      .select('id')
      .where('application_id', '=', app.id)
      .execute();
    expect(permits).toEqual([]);
  });

  it('let an auditor read everything and change nothing', async () => {
    const h = await createTestHarness();
    const { app, g } = await underReview(h);
    const auditor = await h.bureau(['auditor']);
    const view = await h.call('GET', `/api/settlements/${app.id}`, { cookie: auditor.cookie });
    expect(view.status).toBe(200);
    expect(((await view.json()) as { item: { availableActions: string[] } }).item.availableActions).toEqual(
      [],
    );
    for (const event of ['approve', 'reject', 'return', 'register', 'withdraw', 'start_review']) {
      const res = await fire(h, auditor, app, event, {
        reason: '督查',
        householdNumber: 'QY-1',
        registrationDate: '2026-03-02',
      });
      expect(res.status, event).toBe(403);
    }
    expect(
      (
        await h.call('PUT', `/api/settlements/${app.id}`, {
          cookie: auditor.cookie,
          body: { ...(await stationDraft(h, g)), version: app.version },
        })
      ).status,
    ).toBe(403);
    expect(
      (await h.call('POST', `/api/settlements/${app.id}/reveal`, { cookie: auditor.cookie })).status,
    ).toBe(403);
    expect(
      (await h.call('POST', '/api/settlements', { cookie: auditor.cookie, body: await stationDraft(h, g) }))
        .status,
    ).toBe(403);
    const row = await h.db
      .selectFrom('settlement_application')
      .select(['state', 'version'])
      .where('id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'under_review', version: app.version });
  });

  it('keep employers away from cases that do not name them', async () => {
    const h = await createTestHarness();
    const { app } = await underReview(h);
    const employer = await h.employerStaff({ status: 'verified' });
    expect((await h.call('GET', `/api/settlements/${app.id}`, { cookie: employer.cookie })).status).toBe(404);
    expect((await fire(h, employer, app, 'approve')).status).toBe(404);
    expect((await h.call('GET', '/api/settlements', { cookie: employer.cookie })).status).toBe(403);
  });

  it('reveal full resident IDs to the reviewer and registrar only, with an audit row', async () => {
    const h = await createTestHarness();
    const { app, g, reviewer } = await underReview(h);
    const approver = await h.bureau(['approver']);
    expect(
      (await h.call('POST', `/api/settlements/${app.id}/reveal`, { cookie: approver.cookie })).status,
    ).toBe(403);
    expect((await h.call('POST', `/api/settlements/${app.id}/reveal`, { cookie: g.cookie })).status).toBe(
      403,
    );
    const res = await h.call('POST', `/api/settlements/${app.id}/reveal`, { cookie: reviewer.cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ applicant: g.residentId, relative: null, members: [] });
    const audits = await h.auditOf(app.id, 'resident_id.reveal');
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0]?.details)).not.toContain(g.residentId ?? '-');
  });

  it('validate every body and never answer 5xx to hostile text', async () => {
    const h = await createTestHarness();
    const g = await graduate(h);
    const app = await createDraft(h, g);
    for (const text of SQL_METACHARACTERS) {
      const responses = [
        await h.call('POST', '/api/settlements', {
          cookie: g.cookie,
          body: { route: 'graduate', settleAt: 'own_residence', countyCode: '621002', address: text },
        }),
        await h.call('POST', `/api/settlements/${app.id}/events`, {
          cookie: g.cookie,
          body: { event: text, version: app.version },
        }),
        await fire(h, g, app, 'withdraw', { reason: text }),
      ];
      for (const res of responses) expectNoServerError(res, text);
    }
    expect(
      (
        await h.call('POST', `/api/settlements/${app.id}/events`, {
          cookie: g.cookie,
          body: { event: 'submit' },
        })
      ).status,
    ).toBe(400);
    expect((await h.call('POST', '/api/settlements', { cookie: g.cookie, body: '{"route":' })).status).toBe(
      400,
    );
  });
});
