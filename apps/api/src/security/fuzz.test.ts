import { createScratchDb } from '@talent/db/testing';
import { type ActorRole, operationAccess } from '@talent/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorCodes } from '../platform/errors.js';
import { createTestHarness } from '../testing/index.js';
import { mutationOf, requestOf } from './arbitraries.js';
import { prepare, send } from './call.js';
import { operationsOf } from './operations.js';
import { type Caller, callers, records, type World } from './world.js';

// Schema-driven fuzzing of every operation of the OpenAPI document, in-process: each case calls one
// operation anonymously or as a caller of a role allowed to, with parameters and a body drawn from its
// schemas. No answer may be a 5xx, and every error must leave in the one shape. `pnpm fuzz [seed]`
// runs 20,000 cases; the test phase runs FUZZ_RUNS (2,000) with a fixed seed.

const runs = Number(process.env.FUZZ_RUNS ?? 2000);
const seed = Number(process.env.FUZZ_SEED ?? 20261204);
/** The test phase stops early (and says how far it got) rather than hold CI up on a loaded machine. */
const seconds = Number(process.env.FUZZ_SECONDS ?? 45);

const scratch = await createScratchDb();
const h = await createTestHarness({}, scratch);
const operations = await operationsOf(h.app);
let world: World;
let as: Record<ActorRole, Caller>;

beforeAll(async () => {
  as = await callers(h);
  world = await records(h);
}, 120_000);
afterAll(async () => {
  await scratch.dispose();
});

const errorCodes = Object.keys(apiErrorCodes);
// Called anonymously only: a success ends the caller's sessions (a mutated valid password change does
// succeed), which would turn the rest of that role's cases into 401s.
const endsSessions = new Set(['POST /api/auth/sign-out', 'POST /api/me/password']);

describe('schema-driven fuzzing', () => {
  it(
    `answers ${runs} generated requests without a 5xx, errors in the one shape (seed ${seed})`,
    async () => {
      const ids = Object.values(world).map((r) => r.id);
      const cases = fc.constantFrom(...operations).chain((op) => {
        const access = operationAccess[op.key];
        const roles = access === 'public' || endsSessions.has(op.key) ? [] : (access ?? []);
        return fc.record({
          op: fc.constant(op),
          role: roles.length
            ? fc.option(fc.constantFrom(...roles), { freq: 6, nil: null })
            : fc.constant(null),
          request: fc.oneof(requestOf(op, { ids }), mutationOf(op, prepare(op, world), { ids })),
        });
      });
      let count = 0;
      const statuses = new Map<number, number>();
      const started = performance.now();
      await fc.assert(
        fc.asyncProperty(cases, async ({ op, role, request }) => {
          count += 1;
          const cookie = role ? as[role].cookie : undefined;
          const res = await send(
            h,
            op.method,
            { path: request.path, body: request.body, upload: request.upload ?? undefined },
            cookie,
          );
          const label = `${op.method} ${request.path} as ${role ?? 'anonymous'}`;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, label).toBeLessThan(500);
          if (res.status >= 400) {
            const body = (await res.json()) as { error?: Record<string, unknown> };
            expect(body.error, label).toMatchObject({
              code: expect.any(String),
              message: expect.any(String),
              requestId: expect.any(String),
            });
            expect(errorCodes, label).toContain(body.error?.code);
          } else await res.arrayBuffer();
        }),
        {
          numRuns: runs,
          seed,
          endOnFailure: true,
          ...(seconds > 0 ? { interruptAfterTimeLimit: seconds * 1000 } : {}),
        },
      );
      console.log(
        `fuzz: ${count} cases over ${operations.length} operations in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${seed}); answers ${[
          ...statuses,
        ]
          .sort(([a], [b]) => a - b)
          .map(([status, n]) => `${status}×${n}`)
          .join(' ')}`,
      );
    },
    Math.max(120_000, runs * 100),
  );
});
