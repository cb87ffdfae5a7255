import { z } from '@hono/zod-openapi';
import { contributionConfirmSchema, departureReportSchema, pageQuerySchema, tiers } from '@talent/domain';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { serviceContext } from '../../platform/http.js';
import {
  createRouter,
  errorResponses,
  errorSchema,
  idParams,
  jsonBody,
  jsonResponse,
  sessionRoutes,
} from '../../platform/router.js';
import { optionalEnum, pageOf } from '../../platform/schemas.js';
import * as clawbacks from '../clawbacks/service.js';
import { readUploadedFile } from '../documents/upload.js';
import * as service from './service.js';

const route = sessionRoutes('contributions');

/** The agency's files are small (one row per person and month); the API's 1 MB body limit holds. */
const MAX_IMPORT_BYTES = 960 * 1024;

const awardItemSchema = z
  .strictObject({
    awardId: z.string(),
    name: z.string().openapi({ description: 'masked: 王*红' }),
    tier: z.enum(tiers),
    state: z.string(),
    startDate: z.string().nullable(),
    serviceEndsOn: z.string().nullable(),
    contributedMonths: z.number().int(),
    lastMonth: z.string().nullable(),
    departedOn: z.string().nullable(),
  })
  .openapi('EmployerAwardItem');

const listAwardsRoute = route({
  method: 'get',
  path: '/employer/awards',
  request: {
    query: pageQuerySchema.pick({ page: true, pageSize: true }).extend({
      state: optionalEnum(['active', 'stopped', 'clawback_due', 'closed', 'completed'] as const),
    }),
  },
  responses: {
    200: jsonResponse(pageOf(awardItemSchema), "The organisation's talent with an award (admin, HR)"),
    ...errorResponses(400, 401, 403),
  },
});

const confirmRoute = route({
  method: 'post',
  path: '/employer/awards/{id}/contributions',
  request: { params: idParams, body: jsonBody(contributionConfirmSchema) },
  responses: {
    200: jsonResponse(
      z.strictObject({ added: z.number().int(), alreadyRecorded: z.number().int() }),
      'Months of social insurance confirmed (verified organisation; at most 36 at once)',
    ),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const departureRoute = route({
  method: 'post',
  path: '/employer/awards/{id}/departure',
  request: { params: idParams, body: jsonBody(departureReportSchema) },
  responses: {
    200: jsonResponse(
      z.strictObject({
        awardId: z.string(),
        departedOn: z.string(),
        withinCommitment: z.boolean(),
        state: z.string(),
        cancelledLines: z.number().int(),
        cancelledFen: z.number().int(),
      }),
      'Recorded; within the service commitment the award stops and its unpaid lines are cancelled',
    ),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const importSummary = z
  .strictObject({
    id: z.string(),
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    status: z.enum(['applied', 'rejected']),
    rowCount: z.number().int(),
    appliedCount: z.number().int(),
    skippedCount: z.number().int(),
    errorCount: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('ContributionImport');

const importReport = z.strictObject({
  item: importSummary,
  report: z.array(
    z.strictObject({
      row: z.number().int(),
      residentId: z.string().nullable(),
      month: z.string().nullable(),
      outcome: z.enum(['applied', 'skipped', 'valid', 'error']),
      codes: z.array(z.string()),
    }),
  ),
});

const uploadRoute = route({
  method: 'post',
  path: '/bureau/contribution-imports',
  // No body validator: the upload reader counts the stream against the size limit.
  description:
    'multipart/form-data with one part `file` (CSV or .xlsx: resident ID, employer credit code, month)',
  responses: {
    201: jsonResponse(
      importReport,
      'Applied when every row passed, else refused whole; the report row by row',
    ),
    ...errorResponses(400, 401, 403, 413),
    415: jsonResponse(errorSchema, 'Not multipart/form-data'),
  },
});

const listImportsRoute = route({
  method: 'get',
  path: '/bureau/contribution-imports',
  request: { query: pageQuerySchema.pick({ page: true, pageSize: true }) },
  responses: {
    200: jsonResponse(pageOf(importSummary), 'Imports, newest first'),
    ...errorResponses(400, 401, 403),
  },
});

const getImportRoute = route.get(
  '/bureau/contribution-imports/{id}',
  importReport,
  'One import and its report',
);

export function contributionsRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(listAwardsRoute, async (c) =>
      c.json(await service.listEmployerAwards(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(confirmRoute, async (c) =>
      c.json(
        await service.confirmMonths(
          db,
          currentActor(c),
          c.req.valid('param').id,
          c.req.valid('json'),
          serviceContext(c, config, pii),
        ),
        200,
      ),
    )
    .openapi(departureRoute, async (c) =>
      c.json(
        await clawbacks.reportDeparture(
          db,
          currentActor(c),
          c.req.valid('param').id,
          c.req.valid('json'),
          serviceContext(c, config, pii),
        ),
        200,
      ),
    )
    .openapi(uploadRoute, async (c) => {
      const actor = currentActor(c);
      // Refuse the wrong role before reading a byte of the file.
      service.assertImporter(actor);
      const file = await readUploadedFile(c.req.raw, MAX_IMPORT_BYTES);
      return c.json(await service.importContributions(db, actor, file, serviceContext(c, config, pii)), 201);
    })
    .openapi(listImportsRoute, async (c) =>
      c.json(await service.listImports(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(getImportRoute, async (c) =>
      c.json(await service.importReport(db, currentActor(c), c.req.valid('param').id), 200),
    );
}
