import { z } from '@hono/zod-openapi';
import {
  pageQuerySchema,
  qingyangDivisions,
  settlementRoutes,
  settlementStates,
  tiers,
} from '@talent/domain';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { countsSchema, holderSchema } from '../../platform/responses.js';
import { createRouter, errorResponses, jsonResponse, sessionRoutes } from '../../platform/router.js';
import { blank, optionalEnum } from '../../platform/schemas.js';
import * as queue from './queue.js';

const route = sessionRoutes('bureau');

export const queueSortKeys = ['dueOn', 'submittedAt', 'number'] as const;

const optionalFlag = z.preprocess(
  blank,
  z
    .enum(['true', 'false'], 'validation.boolean.invalid')
    .transform((v) => v === 'true')
    .optional(),
);

const countyCodes = qingyangDivisions.map((d) => d.code) as [string, ...string[]];

/** Filters shared by the page and the tab counts; `state` takes one or several (`a,b` or repeated). */
const filterSchema = z.object({
  q: pageQuerySchema.shape.q,
  route: optionalEnum(settlementRoutes),
  county: optionalEnum(countyCodes),
  tier: optionalEnum(tiers),
  green: optionalFlag,
});

const queueQuerySchema = pageQuerySchema.extend({
  ...filterSchema.shape,
  sort: optionalEnum(queueSortKeys),
  state: z.preprocess((v) => {
    const list = (Array.isArray(v) ? v : [v])
      .filter((x): x is string => typeof x === 'string')
      .flatMap((x) => x.split(','))
      .filter((x) => x !== '');
    return list.length > 0 ? list : undefined;
  }, z.array(z.enum(settlementStates)).max(settlementStates.length).optional()),
  overdue: optionalFlag,
});

const queueItemSchema = z
  .strictObject({
    id: z.string(),
    number: z.string(),
    applicantName: z.string(),
    route: z.string(),
    countyCode: z.string(),
    state: z.enum(settlementStates),
    tier: z.string().nullable(),
    greenChannel: z.boolean(),
    submittedAt: z.string().nullable(),
    dueOn: z.string().nullable(),
    overdueWorkingDays: z.number().int(),
    holder: holderSchema,
  })
  .openapi('QueueItem');

const queuePageSchema = z.strictObject({
  items: z.array(queueItemSchema),
  total: z.number().int(),
  totalEstimated: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const queueCountsSchema = z.strictObject({
  counts: countsSchema(queue.bureauHeldStates),
  overdue: z.number().int(),
  limit: z.number().int(),
});

const listQueue = route({
  method: 'get',
  path: '/bureau/settlements',
  request: { query: queueQuerySchema },
  responses: {
    200: jsonResponse(
      queuePageSchema,
      'One page of the settlement review queue; default order: green channel first, then deadline',
    ),
    ...errorResponses(400, 401, 403),
  },
});

const countQueue = route({
  method: 'get',
  path: '/bureau/settlements/counts',
  request: { query: filterSchema },
  responses: {
    200: jsonResponse(queueCountsSchema, 'Cases per bureau-held state and overdue ones, for the queue tabs'),
    ...errorResponses(400, 401, 403),
  },
});

export function reviewRoutes(deps: ApiDeps) {
  const { db, pii } = deps;
  return createRouter()
    .openapi(countQueue, async (c) =>
      c.json(await queue.countQueueTabs(db, currentActor(c), c.req.valid('query'), pii), 200),
    )
    .openapi(listQueue, async (c) =>
      c.json(await queue.listQueue(db, currentActor(c), c.req.valid('query'), pii), 200),
    );
}
