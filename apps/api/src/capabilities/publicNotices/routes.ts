import { createRoute, z } from '@hono/zod-openapi';
import {
  noticeActionSchema,
  noticeCreateSchema,
  noticeStates,
  objectionCreateSchema,
  objectionResolutionSchema,
  objectionSources,
  objectionStates,
  pageQuerySchema,
  tiers,
  todayInChina,
} from '@talent/domain';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { serviceContext } from '../../platform/http.js';
import {
  createRouter,
  errorResponses,
  idParams,
  jsonBody,
  jsonResponse,
  sessionRoutes,
} from '../../platform/router.js';
import { optionalEnum, pageOf } from '../../platform/schemas.js';
import * as candidates from './candidates.js';
import * as closing from './closing.js';
import * as notices from './notices.js';
import * as objections from './objections.js';
import * as publicPage from './public.js';

const route = sessionRoutes('bureau');

const summaryFields = {
  id: z.string(),
  number: z.string(),
  title: z.string(),
  state: z.enum(noticeStates),
  publishedOn: z.string().nullable(),
  endsOn: z.string().nullable().openapi({ description: 'last day objections are heard (working days)' }),
  entries: z.number().int(),
  awarded: z.number().int(),
  openObjections: z.number().int(),
  createdAt: z.string(),
  version: z.number().int(),
};
const summarySchema = z.strictObject(summaryFields).openapi('NoticeSummary');

const entrySchema = z
  .strictObject({
    claimId: z.string(),
    number: z.string(),
    maskedName: z.string().openapi({ description: '张*三' }),
    maskedResidentId: z.string().openapi({ description: '6210**********123X' }),
    tier: z.enum(tiers),
    countyCode: z.string(),
    amountFen: z.number().int(),
    claimState: z.string(),
    awardState: z.string().nullable(),
    outcome: z.enum(['awarded', 'returned']).nullable(),
    openObjections: z.number().int().openapi({ description: 'the award is held while any is open' }),
  })
  .openapi('NoticeEntry');

const objectionSchema = z
  .strictObject({
    id: z.string(),
    claimId: z.string(),
    claimNumber: z.string(),
    source: z.enum(objectionSources),
    summary: z.string(),
    state: z.enum(objectionStates),
    recordedBy: z.string(),
    recordedAt: z.string(),
    resolutionReason: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi('NoticeObjection');

const detailSchema = z
  .strictObject({
    ...summaryFields,
    objectionContact: z.string(),
    policyVersionId: z.string().nullable(),
    endsOnIfPublishedToday: z
      .string()
      .nullable()
      .openapi({ description: 'a draft’s last day if published today' }),
    entries: z.array(entrySchema),
    objections: z.array(objectionSchema),
    actions: z.array(z.enum(['publish', 'discard', 'close', 'record_objection', 'resolve_objection'])),
  })
  .openapi('NoticeDetail');
const noticeBody = z.strictObject({ notice: detailSchema });

const candidateSchema = z
  .strictObject({
    claimId: z.string(),
    number: z.string(),
    name: z.string().openapi({ description: 'masked' }),
    tier: z.enum(tiers),
    countyCode: z.string(),
    amountFen: z.number().int(),
    approvedAt: z.string().nullable(),
  })
  .openapi('NoticeCandidate');

const listQuery = pageQuerySchema
  .pick({ page: true, pageSize: true })
  .extend({ state: optionalEnum(noticeStates) });
const candidateQuery = pageQuerySchema.pick({ page: true, pageSize: true });

const listNotices = route({
  method: 'get',
  path: '/bureau/public-notices',
  request: { query: listQuery },
  responses: {
    200: jsonResponse(
      pageOf(summarySchema),
      'Notices, newest first (reviewer, approver, finance, admin, auditor)',
    ),
    ...errorResponses(400, 401, 403),
  },
});

const listCandidates = route({
  method: 'get',
  path: '/bureau/public-notices/candidates',
  request: { query: candidateQuery },
  responses: {
    200: jsonResponse(pageOf(candidateSchema), 'Approved claims (复审 passed) waiting for a notice'),
    ...errorResponses(400, 401, 403),
  },
});

const createNotice = route({
  method: 'post',
  path: '/bureau/public-notices',
  request: { body: jsonBody(noticeCreateSchema) },
  responses: {
    201: jsonResponse(noticeBody, 'A draft notice listing the chosen (or all waiting) claims (approver)'),
    ...errorResponses(400, 401, 403, 409),
  },
});

const getNotice = route.get(
  '/bureau/public-notices/{id}',
  noticeBody,
  'The notice with its claimants, objections and the reader’s actions',
);

const publishNotice = route({
  method: 'post',
  path: '/bureau/public-notices/{id}/publish',
  request: { params: idParams, body: jsonBody(noticeActionSchema) },
  responses: {
    200: jsonResponse(
      noticeBody,
      'Published today; the period ends after the policy’s working days (approver)',
    ),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const discardNotice = route({
  method: 'post',
  path: '/bureau/public-notices/{id}/discard',
  request: { params: idParams, body: jsonBody(noticeActionSchema) },
  responses: {
    200: jsonResponse(
      z.strictObject({ discarded: z.literal(true) }),
      'A draft removed; its claims wait again (approver)',
    ),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const closeNotice = route({
  method: 'post',
  path: '/bureau/public-notices/{id}/close',
  request: { params: idParams, body: jsonBody(noticeActionSchema) },
  responses: {
    200: jsonResponse(
      z.strictObject({
        notice: detailSchema,
        result: z.strictObject({
          awarded: z.number().int(),
          held: z.number().int(),
          linesScheduled: z.number().int(),
        }),
      }),
      'Closed after its last day: unheld awards active, instalments scheduled (approver); 409 before',
    ),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const recordObjection = route({
  method: 'post',
  path: '/bureau/public-notices/{id}/objections',
  request: { params: idParams, body: jsonBody(objectionCreateSchema) },
  responses: {
    201: jsonResponse(
      noticeBody,
      'Recorded during the period; holds the claimant’s award (reviewer, approver)',
    ),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const resolveObjection = route({
  method: 'post',
  path: '/bureau/notice-objections/{id}/resolution',
  request: { params: idParams, body: jsonBody(objectionResolutionSchema) },
  responses: {
    200: jsonResponse(
      noticeBody,
      'Dismissed (releases the award) or upheld (claim back to review) (approver)',
    ),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const publicSummaryFields = {
  id: z.string(),
  number: z.string(),
  title: z.string(),
  state: z.enum(['published', 'closed']),
  publishedOn: z.string(),
  endsOn: z.string(),
  objectionContact: z.string(),
};

const listPublic = createRoute({
  tags: ['public'],
  method: 'get',
  path: '/public/notices',
  responses: {
    200: jsonResponse(
      z.strictObject({
        items: z.array(z.strictObject({ ...publicSummaryFields, entries: z.number().int() })),
      }),
      'Notices in their period and recently closed ones; no sign-in',
    ),
  },
});

const getPublic = createRoute({
  tags: ['public'],
  method: 'get',
  path: '/public/notices/{id}',
  request: { params: idParams },
  responses: {
    200: jsonResponse(
      z.strictObject({
        notice: z
          .strictObject({
            ...publicSummaryFields,
            totalFen: z.number().int(),
            entries: z.array(
              z.strictObject({
                id: z.string(),
                name: z.string().openapi({ description: 'masked: 张*三' }),
                residentId: z.string().openapi({ description: 'masked: 6210**********123X' }),
                tier: z.enum(tiers),
                countyCode: z.string(),
                amountFen: z.number().int(),
              }),
            ),
          })
          .openapi('PublicNotice'),
      }),
      'The list as published, masked; no sign-in',
    ),
    ...errorResponses(404),
  },
});

export function publicNoticesRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  const ctx = (c: Parameters<typeof serviceContext>[0]) => serviceContext(c, config, pii);
  return createRouter()
    .openapi(listNotices, async (c) =>
      c.json(await notices.listNotices(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(listCandidates, async (c) =>
      c.json(await candidates.listCandidates(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(createNotice, async (c) => {
      const notice = await notices.createNotice(
        db,
        currentActor(c),
        c.req.valid('json'),
        ctx(c),
        todayInChina(),
      );
      return c.json({ notice }, 201);
    })
    .openapi(getNotice, async (c) =>
      c.json(
        { notice: await notices.getNotice(db, currentActor(c), c.req.valid('param').id, todayInChina()) },
        200,
      ),
    )
    .openapi(publishNotice, async (c) => {
      const notice = await notices.publishNotice(
        db,
        currentActor(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        ctx(c),
        todayInChina(),
      );
      return c.json({ notice }, 200);
    })
    .openapi(discardNotice, async (c) => {
      await notices.discardNotice(db, currentActor(c), c.req.valid('param').id, c.req.valid('json'), ctx(c));
      return c.json({ discarded: true as const }, 200);
    })
    .openapi(closeNotice, async (c) => {
      const actor = currentActor(c);
      const { id } = c.req.valid('param');
      const today = todayInChina();
      const result = await closing.closeNotice(db, actor, id, c.req.valid('json').version, ctx(c), today);
      return c.json({ notice: await notices.getNotice(db, actor, id, today), result }, 200);
    })
    .openapi(recordObjection, async (c) => {
      const notice = await objections.recordObjection(
        db,
        currentActor(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        ctx(c),
        todayInChina(),
      );
      return c.json({ notice }, 201);
    })
    .openapi(resolveObjection, async (c) => {
      const notice = await objections.resolveObjection(
        db,
        currentActor(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        ctx(c),
        todayInChina(),
      );
      return c.json({ notice }, 200);
    })
    .openapi(listPublic, async (c) =>
      c.json({ items: await publicPage.listPublicNotices(db, todayInChina()) }, 200),
    )
    .openapi(getPublic, async (c) =>
      c.json({ notice: await publicPage.getPublicNotice(db, c.req.valid('param').id, todayInChina()) }, 200),
    );
}
