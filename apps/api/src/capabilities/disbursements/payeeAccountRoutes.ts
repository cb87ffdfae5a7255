import { createRoute, z } from '@hono/zod-openapi';
import { pageQuerySchema, subsidyClaimInputSchema } from '@talent/domain';
import { currentActor, requireSession } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { serviceContext } from '../../platform/http.js';
import {
  createRouter,
  errorResponses,
  idParams,
  jsonBody,
  jsonResponse,
  sessionSecurity,
} from '../../platform/router.js';
import { optionalEnum, pageOf, version } from '../../platform/schemas.js';
import * as service from './payeeAccounts.js';

// A payee's account changed by two people: entered (staff from the applicant's evidence, or the
// applicant), verified by a different staff member; only then on the claim and in any payment.

const states = ['pending', 'verified', 'rejected'] as const;
const person = z.strictObject({ id: z.string(), name: z.string() });

const changeSchema = z
  .strictObject({
    id: z.string(),
    claimId: z.string(),
    claimNumber: z.string(),
    payeeName: z.string(),
    currentBankName: z.string(),
    currentAccount: z.string(),
    bankName: z.string(),
    account: z.string(),
    evidence: z.string().nullable(),
    enteredBy: person.extend({ kind: z.enum(['applicant', 'bureau']) }),
    state: z.enum(states),
    decidedBy: person.nullable(),
    decidedAt: z.string().nullable(),
    rejectReason: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    canVerify: z.boolean(),
  })
  .openapi('PayeeAccountChange');

const enterRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'post',
  path: '/payee-account-changes',
  description:
    'A new account for an awarded claim, pending until a second person verifies it: reviewer or finance (evidence required), or the applicant on their own claim',
  request: {
    body: jsonBody(
      subsidyClaimInputSchema
        .pick({ bankName: true, bankAccount: true })
        .extend({ claimId: z.string(), evidence: z.string().max(500).optional() }),
    ),
  },
  responses: {
    201: jsonResponse(changeSchema, 'Entered; awaiting verification'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const listRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'get',
  path: '/payee-account-changes',
  request: {
    query: pageQuerySchema.pick({ page: true, pageSize: true }).extend({ state: optionalEnum(states) }),
  },
  responses: {
    200: jsonResponse(pageOf(changeSchema), 'Account changes, newest first; accounts masked'),
    ...errorResponses(400, 401, 403),
  },
});

const decideRoute = (decision: 'verify' | 'reject') =>
  createRoute({
    tags: ['disbursements'],
    middleware: [requireSession] as const,
    security: sessionSecurity,
    method: 'post',
    path: `/payee-account-changes/{id}/${decision}`,
    request: {
      params: idParams,
      body: jsonBody(
        decision === 'verify'
          ? z.object({ version })
          : z.object({ version, reason: z.string().max(2000).optional() }),
      ),
    },
    responses: {
      200: jsonResponse(
        changeSchema,
        decision === 'verify' ? 'Verified: the claim now carries the account' : 'Turned down',
      ),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  });

export function payeeAccountRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  const ctx = (c: Parameters<typeof serviceContext>[0]) => serviceContext(c, config, pii);
  return createRouter()
    .openapi(enterRoute, async (c) =>
      c.json(await service.enterAccountChange(db, currentActor(c), c.req.valid('json'), ctx(c)), 201),
    )
    .openapi(listRoute, async (c) =>
      c.json(await service.listAccountChanges(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(decideRoute('verify'), async (c) =>
      c.json(
        await service.decideAccountChange(
          db,
          currentActor(c),
          { id: c.req.valid('param').id, decision: 'verify', ...c.req.valid('json') },
          ctx(c),
        ),
        200,
      ),
    )
    .openapi(decideRoute('reject'), async (c) =>
      c.json(
        await service.decideAccountChange(
          db,
          currentActor(c),
          { id: c.req.valid('param').id, decision: 'reject', ...c.req.valid('json') },
          ctx(c),
        ),
        200,
      ),
    );
}
