import { unique } from '@talent/db/testing';
import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, expectNoServerError, SQL_METACHARACTERS } from '../../testing/index.js';
import { insertCase } from './queue.fixtures.js';

const paths = ['/api/bureau/settlements', '/api/bureau/settlements/counts'];

describe('review queue: security', () => {
  it('answers anonymous callers with 401', async () => {
    const h = await createTestHarness();
    for (const path of paths) {
      const res = await h.call('GET', `${path}?state=submitted`);
      expect(res.status, path).toBe(401);
      expect((await errorOf(res)).code).toBe('unauthenticated');
    }
  });

  it('refuses applicants, employers and bureau staff without a review role', async () => {
    const h = await createTestHarness();
    const name = `密${unique('')}`;
    const own = await insertCase(h, name);
    const applicant = await h.applicant();
    const employer = await h.employerStaff({ status: 'verified' });
    const finance = await h.bureau(['finance']);
    const noRoles = await h.bureau([]);
    // the applicant whose case it is sees it in their own portal, not in the bureau's queue
    const owner = { cookie: own.applicant.cookie };
    for (const user of [applicant, employer, finance, noRoles, owner]) {
      for (const path of paths) {
        const res = await h.call('GET', `${path}?q=${encodeURIComponent(name)}`, { cookie: user.cookie });
        expect(res.status, path).toBe(403);
        expect((await errorOf(res)).code).toBe('forbidden');
      }
    }
  });

  it('lets every review role and the auditor read, masked', async () => {
    const h = await createTestHarness();
    const name = `读${unique('')}`;
    const c = await insertCase(h, name);
    for (const role of ['reviewer', 'approver', 'registrar', 'admin', 'auditor']) {
      const user = await h.bureau([role]);
      const res = await h.call('GET', `/api/bureau/settlements?q=${encodeURIComponent(name)}`, {
        cookie: user.cookie,
      });
      expect(res.status, role).toBe(200);
      const text = await res.text();
      expect(text).toContain(c.number);
      expect(text).not.toContain(name);
      expect(text).not.toContain(c.applicant.residentId);
    }
  });

  it('has no way to change anything: other methods are 404', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await h.call(method, '/api/bureau/settlements', { cookie: admin.cookie, body: {} });
      expect(res.status, method).toBe(404);
    }
  });

  it('answers SQL metacharacters in every parameter with 4xx or success, never 5xx', async () => {
    const h = await createTestHarness();
    const reviewer = await h.bureau(['reviewer']);
    for (const nasty of SQL_METACHARACTERS) {
      const v = encodeURIComponent(nasty);
      for (const param of [
        'q',
        'state',
        'county',
        'route',
        'tier',
        'green',
        'overdue',
        'sort',
        'order',
        'page',
      ]) {
        for (const path of paths) {
          const res = await h.call('GET', `${path}?${param}=${v}`, { cookie: reviewer.cookie });
          expectNoServerError(res, `${path} ${param}=${nasty}`);
          if (param === 'q' && !nasty.includes('\u0000')) expect(res.status).toBe(200);
        }
      }
    }
  });
});
