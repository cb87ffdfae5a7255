import { createRoute, z } from '@hono/zod-openapi';
import {
  disbursementBatchMachine,
  disbursementBatchStates,
  isoDateSchema,
  pageQuerySchema,
  paymentHoldReasons,
  paymentLineStates,
} from '@talent/domain';
import { currentActor, requireSession } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { eventBody } from '../../platform/eventBody.js';
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
import { readUploadedFile } from '../documents/upload.js';
import * as bank from './bankResults.js';
import * as events from './events.js';
import { rosterCsv, rosterXlsx } from './rosterFile.js';
import * as service from './service.js';
import * as view from './view.js';

/** A bank's result file for a 100,000-line roster, echoing the roster's columns, stays well under this. */
export const maxResultFileBytes = 40 * 1024 * 1024;

const person = z.strictObject({ id: z.string(), name: z.string() });
const eventNames = ['approve', 'send_back', 'export', 'reconcile', 'cancel'] as const;
const lineResults = ['pending', 'paid', 'failed', 'released', 'withdrawn'] as const;

const batchSchema = z
  .strictObject({
    id: z.string(),
    number: z.string(),
    state: z.enum(disbursementBatchStates),
    dueAsOf: z.string(),
    lineCount: z.number().int(),
    totalFen: z.number().int(),
    paidCount: z.number().int(),
    paidFen: z.number().int(),
    failedCount: z.number().int(),
    pendingCount: z.number().int(),
    preparedBy: person,
    preparedAt: z.string(),
    approvedBy: person.nullable(),
    approvedAt: z.string().nullable(),
    exportedAt: z.string().nullable(),
    sentBy: person.nullable(),
    withdrawnCount: z.number().int(),
    withdrawnFen: z.number().int(),
    reconciledAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    cancelReason: z.string().nullable(),
    version: z.number().int(),
    actions: z.array(z.enum(eventNames)),
    refusals: z.partialRecord(z.enum(eventNames), z.string()),
  })
  .openapi('DisbursementBatch');

const lineSchema = z
  .strictObject({
    id: z.string(),
    lineNo: z.number().int(),
    paymentLineId: z.string(),
    amountFen: z.number().int(),
    payeeName: z.string(),
    bankName: z.string(),
    account: z.string(),
    result: z.enum(lineResults),
    failureReason: z.string().nullable(),
    bankReference: z.string().nullable(),
    resultAt: z.string().nullable(),
    /** Why a line left the batch before the bank saw it. */
    withdrawnReason: z.enum(['award_stopped']).nullable(),
    /** Its award stopped while the line was with the bank: a failed answer is not reissued. */
    awardStopped: z.boolean(),
    /** The account differs from the one the award's last payment went to. */
    accountChangedSinceLastPayment: z.boolean(),
    kind: z.enum(['settling_in', 'living_allowance']),
    sequence: z.number().int(),
    ofCount: z.number().int(),
    dueDate: z.string(),
  })
  .openapi('DisbursementLine');

const issueSchema = z.strictObject({
  row: z.number().int(),
  code: z.string(),
  reference: z.string().optional(),
  column: z.string().optional(),
});

const importSchema = z
  .strictObject({
    importId: z.string(),
    status: z.enum(['applied', 'rejected', 'validated']),
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    rowCount: z.number().int(),
    paidCount: z.number().int(),
    failedCount: z.number().int(),
    paidFen: z.number().int(),
    issueCount: z.number().int(),
    issues: z.array(issueSchema),
  })
  .openapi('BankResultImport');

const failedLineSchema = z
  .strictObject({
    id: z.string(),
    amountFen: z.number().int(),
    dueDate: z.string(),
    kind: z.enum(['settling_in', 'living_allowance']),
    sequence: z.number().int(),
    ofCount: z.number().int(),
    failureReason: z.string().nullable(),
    reissuedCount: z.number().int(),
    version: z.number().int(),
    batchNumber: z.string().nullable(),
    claimId: z.string(),
    claimNumber: z.string(),
    payeeName: z.string(),
    bankName: z.string(),
    account: z.string(),
    awardStopped: z.boolean(),
    failedAt: z.string(),
  })
  .openapi('FailedPaymentLine');

const myPaymentSchema = z.strictObject({
  id: z.string(),
  awardId: z.string(),
  kind: z.enum(['settling_in', 'living_allowance']),
  sequence: z.number().int(),
  ofCount: z.number().int(),
  amountFen: z.number().int(),
  dueDate: z.string(),
  state: z.enum(paymentLineStates),
  paidOn: z.string().nullable(),
  failureReason: z.string().nullable(),
  reissued: z.boolean(),
});

const paging = pageQuerySchema.pick({ page: true, pageSize: true });

const listRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'get',
  path: '/disbursements',
  request: { query: paging.extend({ state: optionalEnum(disbursementBatchStates) }) },
  responses: {
    200: jsonResponse(pageOf(batchSchema), 'Batches, newest first'),
    ...errorResponses(400, 401, 403),
  },
});

const previewRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'get',
  path: '/disbursements/preview',
  request: { query: z.object({ dueAsOf: isoDateSchema }) },
  responses: {
    200: jsonResponse(
      z.strictObject({
        dueAsOf: z.string(),
        lineCount: z.number().int(),
        totalFen: z.number().int(),
        heldCount: z.number().int(),
        heldFen: z.number().int(),
        held: z.array(
          z.strictObject({
            reason: z.enum(paymentHoldReasons),
            clause: z.string(),
            count: z.number().int(),
            totalFen: z.number().int(),
          }),
        ),
      }),
      'What a batch prepared as of this date would take, and what the payment conditions hold back',
    ),
    ...errorResponses(400, 401, 403),
  },
});

const prepareRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'post',
  path: '/disbursements',
  request: { body: jsonBody(z.object({ dueAsOf: isoDateSchema })) },
  responses: {
    201: jsonResponse(batchSchema, 'Prepared: every scheduled instalment due on or before the date'),
    ...errorResponses(400, 401, 403, 409),
  },
});

const getRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'get',
  path: '/disbursements/{id}',
  request: { params: idParams },
  responses: { 200: jsonResponse(batchSchema, 'One batch'), ...errorResponses(401, 403, 404) },
});

const linesRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'get',
  path: '/disbursements/{id}/lines',
  request: {
    params: idParams,
    query: paging.extend({ result: optionalEnum(lineResults) }),
  },
  responses: {
    200: jsonResponse(pageOf(lineSchema), 'The roster, masked, by line number'),
    ...errorResponses(400, 401, 403, 404),
  },
});

const eventRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'post',
  path: '/disbursements/{id}/events',
  request: {
    params: idParams,
    body: jsonBody(eventBody(disbursementBatchMachine, events.batchRouteEvents)),
  },
  responses: {
    200: jsonResponse(batchSchema, 'The event happened; the batch as it now is'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const sendRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'post',
  path: '/disbursements/{id}/send',
  description:
    'Marks the approved batch’s roster as sent to the bank (finance). The roster must have been downloaded at this version; a second click finds the version moved on (409).',
  request: { params: idParams, body: jsonBody(z.object({ version })) },
  responses: {
    200: jsonResponse(
      batchSchema,
      'Sent: the bank’s results may come back; the batch can no longer be cancelled',
    ),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const rosterRoute = (format: 'csv' | 'xlsx') =>
  createRoute({
    tags: ['disbursements'],
    middleware: [requireSession] as const,
    security: sessionSecurity,
    method: 'get',
    path: `/disbursements/{id}/roster.${format}`,
    request: { params: idParams },
    responses: {
      200: {
        description: `发放花名册 as ${format.toUpperCase()}, streamed; audited, changes nothing (sending is POST /send)`,
      },
      ...errorResponses(401, 403, 404, 409),
    },
  });

const resultsRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'post',
  path: '/disbursements/{id}/results',
  description:
    'multipart/form-data with one part `file`: the bank’s result file (CSV UTF-8 or XLSX, ≤ 40 MB); check=true only checks it',
  request: {
    params: idParams,
    query: z.object({ check: optionalEnum(['true', 'false'] as const) }),
  },
  responses: {
    200: jsonResponse(importSchema, 'Every line matched the roster: applied, or (check=true) only checked'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422),
  },
});

const importsRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'get',
  path: '/disbursements/{id}/imports',
  request: { params: idParams },
  responses: {
    200: jsonResponse(
      z.strictObject({
        items: z.array(
          z.strictObject({
            id: z.string(),
            fileName: z.string(),
            format: z.enum(['csv', 'xlsx']),
            status: z.enum(['validated', 'applied', 'rejected']),
            rowCount: z.number().int(),
            paidCount: z.number().int(),
            failedCount: z.number().int(),
            issueCount: z.number().int(),
            issues: z.array(issueSchema),
            createdBy: z.string(),
            createdAt: z.string(),
          }),
        ),
      }),
      'Result files imported into the batch, newest first, with their reports',
    ),
    ...errorResponses(401, 403, 404),
  },
});

const failedRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'get',
  path: '/disbursements/failed-lines',
  request: { query: paging },
  responses: {
    200: jsonResponse(pageOf(failedLineSchema), 'Instalments the bank refused, to be corrected and reissued'),
    ...errorResponses(400, 401, 403),
  },
});

const reissueRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'post',
  path: '/disbursements/failed-lines/{id}/reissue',
  request: {
    params: idParams,
    body: jsonBody(z.object({ version })),
  },
  responses: {
    204: {
      description:
        'Scheduled again for the next batch, to the claim’s (verified) account; 409 while an account change awaits verification or when the award has stopped',
    },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const myPaymentsRoute = createRoute({
  tags: ['disbursements'],
  middleware: [requireSession] as const,
  security: sessionSecurity,
  method: 'get',
  path: '/me/payments',
  responses: {
    200: jsonResponse(z.strictObject({ items: z.array(myPaymentSchema) }), 'The applicant’s own instalments'),
    ...errorResponses(401, 403),
  },
});

function attachment(name: string, type: string) {
  return {
    'content-type': type,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
}

export function disbursementsRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  const ctx = (c: Parameters<typeof serviceContext>[0]) => serviceContext(c, config, pii);
  return (
    createRouter()
      // the fixed paths before /disbursements/{id}
      .openapi(previewRoute, async (c) =>
        c.json(await service.previewBatch(db, currentActor(c), c.req.valid('query').dueAsOf), 200),
      )
      .openapi(failedRoute, async (c) =>
        c.json(await service.listFailedLines(db, currentActor(c), c.req.valid('query')), 200),
      )
      .openapi(reissueRoute, async (c) => {
        const body = c.req.valid('json');
        await service.reissueFailedLine(
          db,
          currentActor(c),
          { id: c.req.valid('param').id, version: body.version },
          ctx(c),
        );
        return c.body(null, 204);
      })
      .openapi(listRoute, async (c) =>
        c.json(await service.listBatches(db, currentActor(c), c.req.valid('query')), 200),
      )
      .openapi(prepareRoute, async (c) =>
        c.json(await service.prepareBatch(db, currentActor(c), c.req.valid('json'), ctx(c)), 201),
      )
      .openapi(getRoute, async (c) =>
        c.json(await view.getBatch(db, currentActor(c), c.req.valid('param').id), 200),
      )
      .openapi(linesRoute, async (c) =>
        c.json(
          await service.listLines(db, currentActor(c), c.req.valid('param').id, c.req.valid('query')),
          200,
        ),
      )
      .openapi(eventRoute, async (c) =>
        c.json(
          await events.fireBatchEvent(
            db,
            currentActor(c),
            { id: c.req.valid('param').id, ...c.req.valid('json') },
            ctx(c),
          ),
          200,
        ),
      )
      .openapi(sendRoute, async (c) =>
        c.json(
          await events.sendBatch(
            db,
            currentActor(c),
            { id: c.req.valid('param').id, version: c.req.valid('json').version },
            ctx(c),
          ),
          200,
        ),
      )
      .openapi(rosterRoute('csv'), async (c) => {
        const batch = await service.recordRosterDownload(
          db,
          currentActor(c),
          c.req.valid('param').id,
          'csv',
          ctx(c),
        );
        return c.body(
          rosterCsv(db, pii, batch),
          200,
          attachment(`发放花名册-${batch.number}.csv`, 'text/csv; charset=utf-8'),
        );
      })
      .openapi(rosterRoute('xlsx'), async (c) => {
        const batch = await service.recordRosterDownload(
          db,
          currentActor(c),
          c.req.valid('param').id,
          'xlsx',
          ctx(c),
        );
        return c.body(
          rosterXlsx(db, pii, batch),
          200,
          attachment(
            `发放花名册-${batch.number}.xlsx`,
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ),
        );
      })
      .openapi(resultsRoute, async (c) => {
        const actor = currentActor(c);
        const id = c.req.valid('param').id;
        // 401/403/404 before the body is read
        await view.getBatch(db, actor, id);
        view.requireFinance(actor);
        const file = await readUploadedFile(c.req.raw, maxResultFileBytes);
        const checkOnly = c.req.valid('query').check === 'true';
        return c.json(await bank.importResults(db, actor, id, file, ctx(c), { checkOnly }), 200);
      })
      .openapi(importsRoute, async (c) =>
        c.json(await bank.listImports(db, currentActor(c), c.req.valid('param').id), 200),
      )
      .openapi(myPaymentsRoute, async (c) => c.json(await service.myPayments(db, currentActor(c)), 200))
  );
}
