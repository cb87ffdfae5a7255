import { TEST_ORIGIN, type TestHarness } from '../../testing/index.js';

/** Posts a contributions file as the bureau's page does (multipart, one part `file`). */
export async function uploadContributions(
  h: TestHarness,
  cookie: string | undefined,
  name: string,
  bytes: Uint8Array | string,
) {
  const form = new FormData();
  form.set('file', new File([typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes], name));
  const headers: Record<string, string> = { origin: TEST_ORIGIN };
  if (cookie) headers.cookie = cookie;
  return h.app.request('/api/bureau/contribution-imports', { method: 'POST', headers, body: form });
}

export async function usccOf(h: TestHarness, employerId: string) {
  return (
    await h.db.selectFrom('employer').select('uscc').where('id', '=', employerId).executeTakeFirstOrThrow()
  ).uscc;
}
