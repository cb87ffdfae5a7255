import { describe, expect, it } from 'vitest';
import { createTestHarness } from '../../testing/index.js';

describe('applicant profile: security', () => {
  it('is the signed-in applicant’s own: 401 anonymous, 403 for staff', async () => {
    const h = await createTestHarness();
    expect((await h.call('GET', '/api/applicant/profile')).status).toBe(401);
    expect((await h.call('PUT', '/api/applicant/profile', { body: {} })).status).toBe(401);
    const employer = await h.employerStaff();
    const reviewer = await h.bureau(['reviewer']);
    for (const user of [employer, reviewer]) {
      expect((await h.call('GET', '/api/applicant/profile', { cookie: user.cookie })).status).toBe(403);
    }
  });
});
