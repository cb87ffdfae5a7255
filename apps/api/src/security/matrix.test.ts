import { createScratchDb } from '@talent/db/testing';
import { type ActorRole, actorRoles, operationAccess } from '@talent/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHarness } from '../testing/index.js';
import { prepare, send } from './call.js';
import { operationsOf } from './operations.js';
import { requests } from './requests.js';
import { type Caller, callers, records, type World } from './world.js';

// The route × role × owner matrix, generated from the app's own OpenAPI document and the domain's
// permission table: anonymous 401 on every signed-in operation, 403 for every role not allowed
// (decided before the record is loaded or its version compared), 404 for an allowed role on someone
// else's record, and never 401/403 for an allowed role. See docs/api/security-matrix.md.

const scratch = await createScratchDb();
const h = await createTestHarness({}, scratch);
const operations = await operationsOf(h.app);
let world: World;
let as: Record<ActorRole, Caller>;
let cases = 0;

beforeAll(async () => {
  as = await callers(h);
  world = await records(h);
}, 120_000);
afterAll(async () => {
  console.log(`security matrix: ${operations.length} operations, ${cases} cases`);
  await scratch.dispose();
});

async function status(method: string, key: string, cookie: string | undefined, label: string) {
  const op = operations.find((o) => o.key === key);
  if (!op) throw new Error(key);
  const res = await send(h, method, prepare(op, world), cookie);
  cases += 1;
  const text = await res.text();
  return { status: res.status, said: `${key} as ${label}: ${res.status} ${text.slice(0, 160)}` };
}

describe('security matrix', () => {
  it('declares who may call every operation, and nothing else', () => {
    const keys = operations.map((o) => o.key);
    expect(
      keys.filter((k) => !(k in operationAccess)),
      'operations without a line in operationAccess',
    ).toEqual([]);
    expect(
      Object.keys(operationAccess).filter((k) => !keys.includes(k)),
      'lines for no operation',
    ).toEqual([]);
    expect(
      Object.keys(requests).filter((k) => !keys.includes(k)),
      'requests for no operation',
    ).toEqual([]);
  });

  for (const op of operations) {
    const access = operationAccess[op.key];
    if (access === undefined || access === 'public') continue;
    const refused = actorRoles.filter((r) => !access.includes(r));
    const record = requests[op.key]?.record;
    const refusedOnRecord = requests[op.key]?.refusedOnRecord ?? [];

    it(`${op.key}: anonymous 401, ${refused.length ? refused.join(' ') : 'no role'} 403`, async () => {
      const anonymous = await status(op.method, op.key, undefined, 'anonymous');
      expect.soft(anonymous.status, anonymous.said).toBe(401);
      for (const role of refused) {
        const r = await status(op.method, op.key, as[role].cookie, role);
        expect.soft(r.status, r.said).toBe(403);
      }
    });

    it(`${op.key}: ${access.join(' ')} not refused; someone else's record 404`, async () => {
      const owners = record
        ? (world[record] as { owners?: Partial<Record<ActorRole, Caller>> }).owners
        : undefined;
      for (const role of access) {
        const r = await status(op.method, op.key, as[role].cookie, role);
        if (owners?.[role]) expect.soft(r.status, `someone else's record, ${r.said}`).toBe(404);
        else if (refusedOnRecord.includes(role))
          expect.soft(r.status, `refused on this record, ${r.said}`).toBe(403);
        else expect.soft([401, 403], r.said).not.toContain(r.status);
      }
      for (const [role, owner] of Object.entries(owners ?? {})) {
        if (!access.includes(role as ActorRole)) continue;
        const r = await status(op.method, op.key, owner.cookie, `owner ${role}`);
        expect.soft([401, 403, 404], r.said).not.toContain(r.status);
      }
    });
  }
});
