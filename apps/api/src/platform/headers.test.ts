import { describe, expect, it } from 'vitest';
import { createTestHarness } from '../testing/index.js';
import { API_CSP } from './headers.js';

describe('security headers on API responses', () => {
  it('puts a strict policy, nosniff, same-origin referrers and no-store on answers, errors included', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const responses = {
      'public health': await h.call('GET', '/api/health'),
      'personal data': await h.call('GET', '/api/me', { cookie: a.cookie }),
      'anonymous 401': await h.call('GET', '/api/me'),
      'unknown route 404': await h.call('GET', '/api/no-such-thing'),
      'refused mutation 403': await h.call('POST', '/api/auth/sign-in', { origin: null }),
    };
    for (const [name, res] of Object.entries(responses)) {
      expect(
        {
          name,
          csp: res.headers.get('content-security-policy'),
          nosniff: res.headers.get('x-content-type-options'),
          referrer: res.headers.get('referrer-policy'),
          cache: res.headers.get('cache-control'),
        },
        name,
      ).toEqual({ name, csp: API_CSP, nosniff: 'nosniff', referrer: 'same-origin', cache: 'no-store' });
    }
    expect(API_CSP).toContain("frame-ancestors 'none'");
  });

  it('lets the public OpenAPI document be cached', async () => {
    const h = await createTestHarness();
    const res = await h.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
