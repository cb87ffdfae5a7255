import { z } from '@hono/zod-openapi';
import { isoDateSchema } from '@talent/domain';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { localeFromHeader } from '../../platform/locale.js';
import { createRouter, errorResponses, jsonResponse, sessionRoutes } from '../../platform/router.js';
import { blank, optionalEnum } from '../../platform/schemas.js';
import * as service from './service.js';

const route = sessionRoutes('statistics');

const querySchema = z.object({
  from: z.preprocess(blank, isoDateSchema.optional()),
  to: z.preprocess(blank, isoDateSchema.optional()),
  groupBy: optionalEnum(['tier', 'county', 'month'] as const),
});

const figures = {
  awards: z.number().int(),
  awardedFen: z.number().int(),
  scheduledFen: z.number().int(),
  paidFen: z.number().int(),
  failedFen: z.number().int(),
  cancelledFen: z.number().int(),
};

const statsRoute = route({
  method: 'get',
  path: '/subsidy-statistics',
  request: { query: querySchema },
  responses: {
    200: jsonResponse(
      z
        .strictObject({
          groupBy: z.enum(['tier', 'county', 'month']),
          from: z.string(),
          to: z.string(),
          rows: z.array(z.strictObject({ key: z.string(), ...figures })),
          totals: z.strictObject(figures),
        })
        .openapi('SubsidyStatistics'),
      'Awards started and instalments due in the period, by tier, county or month (fen)',
    ),
    ...errorResponses(400, 401, 403),
  },
});

const exportRoute = route({
  method: 'get',
  path: '/subsidy-statistics/export.csv',
  request: { query: querySchema },
  responses: {
    200: { description: 'The same figures in yuan as CSV (UTF-8 with BOM), with a total line' },
    ...errorResponses(400, 401, 403),
  },
});

export function subsidyStatisticsRoutes(deps: ApiDeps) {
  const { db } = deps;
  const read = (query: z.infer<typeof querySchema>, actor: Parameters<typeof service.subsidyStatistics>[1]) =>
    service.subsidyStatistics(db, actor, { ...query, groupBy: query.groupBy ?? 'tier' });
  return createRouter()
    .openapi(statsRoute, async (c) => c.json(await read(c.req.valid('query'), currentActor(c)), 200))
    .openapi(exportRoute, async (c) => {
      const stats = await read(c.req.valid('query'), currentActor(c));
      const csv = service.statisticsCsv(stats, localeFromHeader(c.req.header('accept-language')));
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="subsidy-statistics-${stats.groupBy}-${stats.from}-${stats.to}.csv"`,
      });
    });
}
