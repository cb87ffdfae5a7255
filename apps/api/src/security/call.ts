import { TEST_ORIGIN, type TestHarness } from '../testing/index.js';
import { type Operation, sampleOf } from './operations.js';
import { requests } from './requests.js';
import type { World } from './world.js';

export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

export type PreparedCall = { path: string; body?: unknown; upload?: Uint8Array };

/** The operation called for real: its record's id, a query and a body the validation accepts. */
export function prepare(op: Operation, world: World): PreparedCall {
  const spec = requests[op.key] ?? {};
  const [first] = op.parameters.filter((p) => p.in === 'path');
  const id = spec.record ? world[spec.record].id : MISSING_ID;
  let path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(spec.params?.[name] ?? (name === first?.name ? id : MISSING_ID)),
  );
  if (spec.query) path += `?${spec.query}`;
  if (op.upload) return { path, upload: new TextEncoder().encode('a,b\r\n1,2\r\n') };
  const body = spec.body ? spec.body(world) : op.body ? sampleOf(op.body) : undefined;
  return { path, body };
}

/** Sends a prepared call as the given session (or none), with the Origin a browser would send. */
export async function send(
  h: TestHarness,
  method: string,
  call: PreparedCall,
  cookie: string | undefined,
  headers: Record<string, string> = {},
): Promise<Response> {
  if (!call.upload) return h.call(method, call.path, { cookie, body: call.body, headers });
  const form = new FormData();
  form.set('file', new File([call.upload], 'file.csv'));
  const all: Record<string, string> = { origin: TEST_ORIGIN, ...headers };
  if (cookie) all.cookie = cookie;
  return h.app.request(call.path, { method, headers: all, body: form });
}
