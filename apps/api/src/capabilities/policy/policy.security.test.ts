import { describe, expect, it } from 'vitest';
import { createTestHarness } from '../../testing/index.js';
import { newVersion } from './fixtures.js';

describe('policy versions: security', () => {
  it('401 anonymous, 403 for applicants, employers and non-admins creating, 404 for an unknown version', async () => {
    const h = await createTestHarness();
    const applicant = await h.applicant();
    const employer = await h.employerStaff();
    const staff = await h.bureau(['reviewer', 'approver', 'finance', 'auditor', 'registrar']);
    expect((await h.call('GET', '/api/policy/versions')).status).toBe(401);
    expect((await h.call('POST', '/api/policy/versions', { body: newVersion() })).status).toBe(401);
    expect((await h.call('GET', '/api/policy/versions/default/diff')).status).toBe(401);
    for (const user of [applicant, employer]) {
      expect((await h.call('GET', '/api/policy/versions', { cookie: user.cookie })).status).toBe(403);
      expect((await h.call('GET', '/api/policy/versions/default/diff', { cookie: user.cookie })).status).toBe(
        403,
      );
    }
    for (const user of [applicant, employer, staff]) {
      const body = newVersion();
      expect((await h.call('POST', '/api/policy/versions', { cookie: user.cookie, body })).status).toBe(403);
      const stored = await h.db
        .selectFrom('policy_version')
        .select('id')
        .where('effective_from', '=', body.effectiveFrom)
        .execute();
      expect(stored).toHaveLength(0);
    }
    for (const key of ['00000000-0000-4000-8000-000000000000', 'nope', "'; drop table policy_version; --"]) {
      const res = await h.call('GET', `/api/policy/versions/${encodeURIComponent(key)}/diff`, {
        cookie: staff.cookie,
      });
      expect(res.status, key).toBe(404);
    }
    const admin = await h.bureau(['admin']);
    expect(
      (
        await h.call('POST', '/api/policy/versions', {
          cookie: admin.cookie,
          origin: null,
          body: newVersion(),
        })
      ).status,
    ).toBe(403);
  });
});
