import { z } from '@hono/zod-openapi';
import { pageQuerySchema } from '@talent/domain';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { createRouter, errorResponses, jsonResponse, sessionRoutes } from '../../platform/router.js';
import { pageOf } from '../../platform/schemas.js';
import * as service from './service.js';

const route = sessionRoutes('notifications');

const querySchema = pageQuerySchema.pick({ page: true, pageSize: true }).extend({
  unread: z.preprocess(
    (v) => (v === '' || v === undefined ? undefined : v === 'true' || v === '1'),
    z.boolean().optional(),
  ),
});

const itemSchema = z
  .strictObject({
    id: z.string(),
    kind: z.string().openapi({ description: 'catalogue key, e.g. notification.settlement.submit' }),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    text: z.strictObject({ 'zh-CN': z.string(), en: z.string() }),
    entity: z.string().nullable(),
    entityId: z.string().nullable(),
    read: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Notification');

const pageSchema = pageOf(itemSchema).extend({ unread: z.number().int() });

const notificationParams = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' } }),
});

const list = route({
  method: 'get',
  path: '/notifications',
  request: { query: querySchema },
  responses: {
    200: jsonResponse(pageSchema, 'The caller’s notifications, newest first, with the unread count'),
    ...errorResponses(400, 401),
  },
});

const read = route({
  method: 'post',
  path: '/notifications/{id}/read',
  request: { params: notificationParams },
  responses: { 204: { description: 'Marked read' }, ...errorResponses(401, 403, 404) },
});

const readAll = route({
  method: 'post',
  path: '/notifications/read-all',
  responses: {
    200: jsonResponse(z.strictObject({ marked: z.number().int() }), 'Every unread notification marked read'),
    ...errorResponses(401, 403),
  },
});

export function notificationsRoutes(deps: ApiDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(list, async (c) =>
      c.json(await service.listNotifications(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(readAll, async (c) => c.json({ marked: await service.markAllRead(db, currentActor(c)) }, 200))
    .openapi(read, async (c) => {
      await service.markRead(db, currentActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
