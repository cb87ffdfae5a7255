import { describe, expect, it } from 'vitest';
import { createTestHarness } from '../../testing/index.js';
import { registered } from '../settlement/fixtures.js';

describe('move-in permits: security', () => {
  it('show the permit to its holder and the bureau only', async () => {
    const h = await createTestHarness();
    const { g, app } = await registered(h);
    expect((await h.call('GET', `/api/settlements/${app.id}/permit`)).status).toBe(401);
    const other = await h.applicant();
    const employer = await h.employerStaff({ status: 'verified' });
    const auditor = await h.bureau(['auditor']);
    expect((await h.call('GET', `/api/settlements/${app.id}/permit`, { cookie: other.cookie })).status).toBe(
      404,
    );
    expect(
      (await h.call('GET', `/api/settlements/${app.id}/permit`, { cookie: employer.cookie })).status,
    ).toBe(404);
    expect(
      (await h.call('GET', `/api/settlements/${app.id}/permit`, { cookie: auditor.cookie })).status,
    ).toBe(200);
    expect((await h.call('GET', `/api/settlements/${app.id}/permit`, { cookie: g.cookie })).status).toBe(200);
  });
});
