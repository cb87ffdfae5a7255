import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, TEST_ORIGIN, uniqueUsername } from '../testing/index.js';
import { localeFromHeader } from './locale.js';
import { maskMobile } from './messages.js';
import { createPii } from './pii.js';

describe('the API edge', () => {
  it('answers an unknown route with 404 in the one error shape and a request id', async () => {
    const h = await createTestHarness();
    const res = await h.call('GET', '/api/no-such-thing');
    expect(res.status).toBe(404);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: '未找到该记录', requestId },
    });
  });

  it('speaks English when the caller prefers it', async () => {
    const h = await createTestHarness();
    const res = await h.call('GET', '/api/no-such-thing', {
      headers: { 'accept-language': 'en-US,en;q=0.9,zh;q=0.5' },
    });
    expect((await errorOf(res)).message).toBe('Not found');
  });

  it('refuses a 10 MB JSON body with 413, never a server error', async () => {
    const h = await createTestHarness();
    const big = JSON.stringify({ mobile: '13800138000', password: 'x'.repeat(10 * 1024 * 1024), name: 'a' });
    const res = await h.call('POST', '/api/auth/sign-up/applicant', { body: big });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
    // the same with a declared Content-Length, which is refused before reading
    const declared = await h.call('POST', '/api/auth/sign-in', {
      body: big,
      headers: { 'content-length': String(Buffer.byteLength(big)) },
    });
    expect(declared.status).toBe(413);
  });

  it('answers malformed JSON and a non-JSON body in the one shape', async () => {
    const h = await createTestHarness();
    const malformed = await h.call('POST', '/api/auth/sign-in', { body: '{"kind":' });
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).code).toBe('validation_failed');
    const form = await h.call('POST', '/api/auth/sign-in', {
      body: 'kind=applicant',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect((await errorOf(form)).code).toBe('unsupported_media_type');
    const missing = await h.call('POST', '/api/auth/sign-in', {});
    expect(missing.status).toBe(400);
  });

  it('refuses a mutation without an Origin, or from another origin', async () => {
    const h = await createTestHarness();
    const body = { kind: 'bureau', login: uniqueUsername(), password: 'x' };
    for (const origin of [null, 'https://evil.example', 'null', 'http://localhost.evil.example']) {
      const res = await h.call('POST', '/api/auth/sign-in', { body, origin });
      expect(res.status, String(origin)).toBe(403);
      expect((await errorOf(res)).code).toBe('bad_origin');
    }
    const ok = await h.call('POST', '/api/auth/sign-in', { body, origin: TEST_ORIGIN });
    expect(ok.status).toBe(401);
  });

  it('accepts a configured extra origin (a portal dev server)', async () => {
    const h = await createTestHarness({ allowedOrigins: ['http://localhost:5173'] });
    const res = await h.call('POST', '/api/auth/sign-in', {
      body: { kind: 'bureau', login: uniqueUsername(), password: 'x' },
      origin: 'http://localhost:5173',
    });
    expect(res.status).toBe(401);
  });

  it('turns a thrown error into 500 internal with the request id and nothing else', async () => {
    const h = await createTestHarness();
    h.app.get('/api/test-boom', () => {
      throw new Error('secret 13800138000');
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await h.call('GET', '/api/test-boom');
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toContain('secret');
      expect(JSON.parse(text).error.code).toBe('internal');
      expect(JSON.parse(text).error.requestId).toBe(res.headers.get('x-request-id'));
    } finally {
      console.error = original;
    }
    expect(JSON.stringify(errors)).not.toContain('13800138000');
  });

  it('logs one JSON line per request with its id, without query strings', async () => {
    const lines: string[] = [];
    const { createApp } = await import('../app.js');
    const h = await createTestHarness();
    const app = createApp({
      db: h.db,
      engine: h.engine,
      pii: createPii(new Uint8Array(32)),
      log: (l) => lines.push(l),
    });
    const res = await app.request('/api/bureau/staff?q=13800138000');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('13800138000');
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      requestId: res.headers.get('x-request-id'),
      method: 'GET',
      path: '/api/bureau/staff',
      route: '/api/bureau/staff',
      status: 401,
      ms: expect.any(Number),
    });
  });

  it('escapes control characters in the logged path: a %0A cannot forge a second line', async () => {
    const lines: string[] = [];
    const { createApp } = await import('../app.js');
    const h = await createTestHarness();
    const app = createApp({
      db: h.db,
      engine: h.engine,
      pii: createPii(new Uint8Array(32)),
      log: (l) => lines.push(l),
    });
    await app.request('/api/x%0AGET%20/api/forged%20200%200.1ms%0D%1B[2J%E2%80%A8%5C');
    expect(lines).toHaveLength(1);
    for (const ch of ['\n', '\r', '\u001b', '\u2028']) expect(lines[0]).not.toContain(ch);
    expect(JSON.parse(lines[0] ?? '').path).toBe(
      '/api/x\\x0aGET /api/forged 200 0.1ms\\x0d\\x1b[2J\\u2028\\x5c',
    );
  });
});

describe('helpers', () => {
  it('picks the language from Accept-Language', () => {
    expect(localeFromHeader(undefined)).toBe('zh-CN');
    expect(localeFromHeader('en')).toBe('en');
    expect(localeFromHeader('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeFromHeader('en-GB,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(localeFromHeader('zh;q=0.5,en;q=0.6')).toBe('en');
    expect(localeFromHeader('fr,de')).toBe('zh-CN');
  });

  it('masks mobiles', () => {
    expect(maskMobile('13800138000')).toBe('138****8000');
  });

  it('encrypts identifiers with a random IV and indexes them deterministically', () => {
    const pii = createPii(new Uint8Array(32).fill(1));
    const a = pii.encrypt('621002199806150113');
    expect(a).not.toContain('621002');
    expect(pii.encrypt('621002199806150113')).not.toBe(a);
    expect(pii.decrypt(a)).toBe('621002199806150113');
    expect(pii.blindIndex('621002199806150113')).toBe(pii.blindIndex('621002199806150113'));
    expect(createPii(new Uint8Array(32).fill(2)).blindIndex('x')).not.toBe(pii.blindIndex('x'));
    expect(() => createPii(new Uint8Array(32).fill(2)).decrypt(a)).toThrow();
  });
});
