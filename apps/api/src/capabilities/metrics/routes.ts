import { timingSafeEqual } from 'node:crypto';
import type { PoolStats } from '@talent/db';
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.js';
import type { ApiDeps } from '../../platform/deps.js';
import { notFound, unauthenticated } from '../../platform/errors.js';
import { renderMetrics } from '../../platform/metrics.js';
import * as repo from './repository.js';

/**
 * GET /api/metrics for Prometheus: operators only, by a bearer token (METRICS_TOKEN); without a token
 * configured the endpoint does not exist. Not in the OpenAPI document: it is not part of the product.
 */
export function metricsRoutes(deps: ApiDeps, poolStats: () => PoolStats) {
  const expected = deps.config.metricsToken ? Buffer.from(`Bearer ${deps.config.metricsToken}`) : null;
  return new Hono<AppEnv>().get('/metrics', async (c) => {
    if (!expected) throw notFound();
    const given = Buffer.from(c.req.header('authorization') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthenticated();
    const pool = poolStats();
    const outbox = await repo.smsOutboxDepth(deps.db);
    const body = renderMetrics([
      {
        name: 'talent_db_pool_connections',
        help: 'Database connections of this process, by state.',
        values: [
          [{ state: 'total' }, pool.total],
          [{ state: 'idle' }, pool.idle],
          [{ state: 'waiting' }, pool.waiting],
        ],
      },
      {
        name: 'talent_sms_outbox_pending',
        help: 'Text messages not yet handed to the gateway.',
        values: [[{}, outbox]],
      },
    ]);
    return c.body(body, 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
  });
}
