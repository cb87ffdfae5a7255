import { describe, expect, it } from 'vitest';
import { createTestHarness } from '../../testing/index.js';

const routes = ['/api/audit', '/api/audit/verification'];

describe('audit routes: security', () => {
  it('answer anonymous callers with 401', async () => {
    const h = await createTestHarness();
    for (const path of routes) expect((await h.call('GET', path)).status, path).toBe(401);
  });

  it('keep everyone but auditors and admins out', async () => {
    const h = await createTestHarness();
    const users = [
      await h.applicant(),
      await h.employerStaff({ status: 'verified' }),
      ...(await Promise.all(
        ['reviewer', 'approver', 'registrar', 'finance'].map((role) => h.bureau([role])),
      )),
    ];
    for (const user of users) {
      for (const path of routes)
        expect((await h.call('GET', path, { cookie: user.cookie })).status, path).toBe(403);
    }
  });

  it('refuses a malformed filter with 400', async () => {
    const h = await createTestHarness();
    const auditor = await h.bureau(['auditor']);
    for (const query of ['from=2026-13-01', 'to=yesterday', 'pageSize=1000', 'order=up']) {
      const res = await h.call('GET', `/api/audit?${query}`, { cookie: auditor.cookie });
      expect(res.status, query).toBe(400);
    }
  });
});
