import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, TEST_PASSWORD } from '../testing/index.js';
import { type ConfigOptions, configFromEnv, resolveConfig } from './config.js';
import { clientAddress } from './http.js';

/** The address clientAddress picks for a request with this X-Forwarded-For behind `trustProxy` proxies. */
async function addressFor(trustProxy: ConfigOptions['trustProxy'], forwardedFor: string): Promise<string> {
  const config = resolveConfig({ trustProxy });
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, config)));
  const res = await app.request('/', { headers: { 'x-forwarded-for': forwardedFor } });
  return res.text();
}

describe('the client address behind proxies', () => {
  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    expect(await addressFor(0, '203.0.113.9')).toBe('unknown');
  });

  it('ignores a spoofed left-most entry: one proxy appends the peer it saw, and that is the client', async () => {
    expect(await addressFor(1, '203.0.113.9')).toBe('203.0.113.9');
    expect(await addressFor(1, '10.6.6.6, 203.0.113.9')).toBe('203.0.113.9');
    expect(await addressFor(true, '10.6.6.6,203.0.113.9')).toBe('203.0.113.9');
  });

  it('behind two proxies takes the entry the outer one added, not the inner proxy’s', async () => {
    expect(await addressFor(2, '10.6.6.6, 203.0.113.9, 192.0.2.1')).toBe('203.0.113.9');
    expect(await addressFor(2, '203.0.113.9, 192.0.2.1')).toBe('203.0.113.9');
  });

  it('reads TRUST_PROXY as a number of proxies, the old boolean form too, and refuses anything else', () => {
    const hops = (TRUST_PROXY?: string) => configFromEnv({ TRUST_PROXY }).trustProxy;
    expect([hops(), hops('0'), hops('false'), hops('1'), hops('true'), hops('2')]).toEqual([
      0, 0, 0, 1, 1, 2,
    ]);
    expect(() => hops('yes')).toThrow(/TRUST_PROXY/);
    expect(() => hops('-1')).toThrow(/TRUST_PROXY/);
  });
});

describe('the Origin check and Secure cookies', () => {
  const signInBody = { kind: 'bureau', login: 'nobody-here', password: 'x' };

  it('refuses an Origin with the same host but another scheme', async () => {
    const h = await createTestHarness();
    const res = await h.call('POST', '/api/auth/sign-in', { body: signInBody, origin: 'https://localhost' });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('bad_origin');
  });

  it('behind a proxy that terminates https, refuses the http origin of the same host', async () => {
    const h = await createTestHarness({ trustProxy: 1 });
    const headers = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'talent.example.gov.cn' };
    const from = (origin: string) =>
      h.call('POST', '/api/auth/sign-in', { body: signInBody, origin, headers });
    expect((await from('http://talent.example.gov.cn')).status).toBe(403);
    expect((await from('https://talent.example.gov.cn')).status).toBe(401);
  });

  it('marks the session cookie Secure when the public URL is https, whatever the hop in front says', async () => {
    const h = await createTestHarness({ publicUrl: 'https://talent.example.gov.cn/' });
    const a = await h.applicant();
    const res = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'applicant', login: a.mobile, password: TEST_PASSWORD },
      origin: 'https://talent.example.gov.cn',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('leaves the cookie without Secure on plain http without a public URL', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const res = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'applicant', login: a.mobile, password: TEST_PASSWORD },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).not.toMatch(/Secure/);
  });
});
