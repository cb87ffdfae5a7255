import { OpenAPIHono } from '@hono/zod-openapi';
import type { Database, Engine, PoolStats } from '@talent/db';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import { accountsRoutes } from './capabilities/accounts/routes.js';
import { auditRoutes } from './capabilities/audit/routes.js';
import { authRoutes } from './capabilities/auth/routes.js';
import { testSmsRoutes } from './capabilities/auth/testSms.js';
import { clawbacksRoutes } from './capabilities/clawbacks/routes.js';
import { collectiveRoutes } from './capabilities/collective/routes.js';
import { contributionsRoutes } from './capabilities/contributions/routes.js';
import { paymentHoldsRoutes } from './capabilities/disbursements/holdRoutes.js';
import { payeeAccountRoutes } from './capabilities/disbursements/payeeAccountRoutes.js';
import { disbursementsRoutes } from './capabilities/disbursements/routes.js';
import { documentsRoutes } from './capabilities/documents/routes.js';
import { employersRoutes } from './capabilities/employers/routes.js';
import { employmentRoutes } from './capabilities/employment/routes.js';
import { healthRoutes } from './capabilities/health/routes.js';
import { metricsRoutes } from './capabilities/metrics/routes.js';
import { notificationsRoutes } from './capabilities/notifications/routes.js';
import { permitsRoutes } from './capabilities/permits/routes.js';
import { policyRoutes } from './capabilities/policy/routes.js';
import { profileRoutes } from './capabilities/profile/routes.js';
import { publicNoticesRoutes } from './capabilities/publicNotices/routes.js';
import { testClockRoutes, testRoutesEnabled } from './capabilities/publicNotices/testClock.js';
import { referenceRoutes } from './capabilities/reference/routes.js';
import { serviceLevelRoutes } from './capabilities/serviceLevel/routes.js';
import { reviewRoutes } from './capabilities/settlement/queueRoutes.js';
import { settlementRoutes } from './capabilities/settlement/routes.js';
import { staffRecoveryRoutes } from './capabilities/staff/recoveryRoutes.js';
import { staffRoutes } from './capabilities/staff/routes.js';
import { subsidyClaimsRoutes } from './capabilities/subsidyClaims/routes.js';
import { subsidyStatisticsRoutes } from './capabilities/subsidyStatistics/routes.js';
import { talentCardsRoutes } from './capabilities/talentCards/routes.js';
import { sessionMiddleware } from './platform/auth.js';
import { type ConfigOptions, resolveConfig } from './platform/config.js';
import type { AppEnv } from './platform/context.js';
import type { ApiDeps } from './platform/deps.js';
import { ApiError, handleError, handleNotFound } from './platform/errors.js';
import { apiSecurityHeaders } from './platform/headers.js';
import { originCheck, requestIdAndLog } from './platform/http.js';
import { type RequestLog, stdoutLog } from './platform/logging.js';
import { permissionGuard } from './platform/permissions.js';
import type { Pii } from './platform/pii.js';
import { SESSION_COOKIE } from './platform/session.js';

export type AppOptions = {
  db: Kysely<Database>;
  engine: Engine;
  /** Encryption and keyed hashing of personal identifiers (createPii(loadPiiKey(dataDir()))). */
  pii: Pii;
  /** Defaults: no proxy trusted, no extra origins, request logging on, 1 MB bodies. */
  config?: ConfigOptions;
  /** Where request lines go; a buffered stdout writer by default. */
  log?: RequestLog;
  /** The connection pool's use, for /api/metrics (DbHandle.poolStats). */
  poolStats?: () => PoolStats;
};

/** The OpenAPI document's head, served at /api/openapi.json and checked in as docs/api/openapi.json. */
export const openApiConfig = {
  openapi: '3.1.0',
  info: {
    title: 'Qingyang Talent API',
    version: '0.1.0',
    description:
      'Errors: { error: { code, message, details?, requestId } }. Mutations need an Origin header of this host.',
  },
};

/** The API under /api: edge middleware, then one sub-app per capability. */
export function createApp(options: AppOptions) {
  const config = resolveConfig(options.config);
  const deps: ApiDeps = { db: options.db, engine: options.engine, config, pii: options.pii };

  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.notFound(handleNotFound);
  app.use('*', requestIdAndLog(config, options.log ?? stdoutLog()));
  app.use('*', apiSecurityHeaders);
  app.use('/api/*', originCheck(config));
  const limitBody = bodyLimit({
    maxSize: config.bodyLimitBytes,
    onError: () => {
      throw new ApiError('payload_too_large');
    },
  });
  // Only requests that may carry a body: looking at the body of a GET makes @hono/node-server build a
  // full Request object, which costs more than the rest of GET /api/me.
  // Uploads are limited by the documents capability, which counts the stream against its own 10 MB cap.
  // So are the bank's result files, which the disbursements capability caps at its own 40 MB.
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' ||
    c.req.method === 'HEAD' ||
    c.req.path === '/api/documents' ||
    /^\/api\/disbursements\/[^/]+\/results$/.test(c.req.path)
      ? next()
      : limitBody(c, next),
  );
  app.use('/api/*', sessionMiddleware(deps.db, config, deps.engine));
  app.use('/api/*', permissionGuard());

  const api = app
    .route('/api', healthRoutes(deps))
    .route('/api', authRoutes(deps))
    .route('/api', staffRecoveryRoutes(deps))
    .route('/api', accountsRoutes(deps))
    .route('/api', staffRoutes(deps))
    .route('/api', notificationsRoutes(deps))
    .route('/api', settlementRoutes(deps))
    .route('/api', profileRoutes(deps))
    .route('/api', documentsRoutes(deps))
    .route('/api', referenceRoutes(deps))
    .route('/api', permitsRoutes(deps))
    .route('/api', policyRoutes(deps))
    .route('/api', employersRoutes(deps))
    .route('/api', collectiveRoutes(deps))
    .route('/api', employmentRoutes(deps))
    .route('/api', reviewRoutes(deps))
    .route('/api', disbursementsRoutes(deps))
    .route('/api', paymentHoldsRoutes(deps))
    .route('/api', payeeAccountRoutes(deps))
    .route('/api', clawbacksRoutes(deps))
    .route('/api', contributionsRoutes(deps))
    .route('/api', subsidyStatisticsRoutes(deps))
    .route('/api', subsidyClaimsRoutes(deps))
    .route('/api', publicNoticesRoutes(deps))
    .route('/api', talentCardsRoutes(deps))
    .route('/api', serviceLevelRoutes(deps))
    .route('/api', auditRoutes(deps));

  api.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Set by sign-up and sign-in; HttpOnly, SameSite=Lax, 30 days sliding',
  });
  api.doc31('/api/openapi.json', openApiConfig);
  app.route('/api', metricsRoutes(deps, options.poolStats ?? (() => ({ total: 0, idle: 0, waiting: 0 }))));
  // End-to-end tests only: never in production, never in the OpenAPI document (see testClock.ts).
  if (testRoutesEnabled()) app.route('/api', testClockRoutes(deps));
  if (testRoutesEnabled()) app.route('/api', testSmsRoutes(deps));
  return api;
}

export type AppType = ReturnType<typeof createApp>;
