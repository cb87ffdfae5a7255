import { describe, expect, it } from 'vitest';
import { createApiClient } from './client.js';
import { createTestHarness, TEST_ORIGIN, TEST_PASSWORD } from './testing/index.js';

describe('the typed client', () => {
  it('talks to the app with the session cookie and typed bodies', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    let cookie = '';
    const api = createApiClient(TEST_ORIGIN, {
      headers: { origin: TEST_ORIGIN },
      fetch: (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        if (cookie) headers.set('cookie', cookie);
        const res = await h.app.request(input instanceof Request ? input : String(input), {
          ...init,
          headers,
        });
        const set = res.headers.get('set-cookie');
        if (set) cookie = set.split(';')[0] ?? '';
        return res;
      }) as typeof fetch,
    });

    const signIn = await api.api.auth['sign-in'].$post({
      json: { kind: 'applicant', login: a.mobile, password: TEST_PASSWORD },
    });
    expect(signIn.status).toBe(200);
    if (signIn.status === 200) {
      const { user } = await signIn.json();
      expect(user.id).toBe(a.id);
    }
    const me = await api.api.me.$get();
    expect(me.ok).toBe(true);
    if (me.status === 200) expect((await me.json()).user.kind).toBe('applicant');

    const staff = await api.api.bureau.staff.$get({ query: { page: '1', pageSize: '5' } });
    expect(staff.status).toBe(403);
    if (staff.status === 403) expect((await staff.json()).error.code).toBe('forbidden');
  });
});
