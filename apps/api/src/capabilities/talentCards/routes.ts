import { z } from '@hono/zod-openapi';
import {
  cardImportCommitSchema,
  cardImportModes,
  pageQuerySchema,
  talentCardRevokeSchema,
  talentCardSchema,
  talentCardStatuses,
  talentCardUpdateSchema,
  talentCardViews,
} from '@talent/domain';
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
import { readUploadedFile } from '../documents/upload.js';
import * as access from './access.js';
import * as imports from './imports.js';
import * as registry from './registry.js';
import { cardSortColumns } from './repository.js';

const route = sessionRoutes('talent cards');

const standings = ['valid', 'revoked', 'expired', 'not_yet_issued'] as const;
const fields = ['cardNumber', 'holderName', 'holderResidentId', 'tier', 'issueDate', 'expiryDate'] as const;

const cardSchema = z
  .strictObject({
    id: z.string(),
    cardNumber: z.string(),
    holderName: z.string(),
    holderResidentId: z.string().openapi({ description: 'masked: 6210**********123X' }),
    tier: z.string(),
    issueDate: z.string(),
    expiryDate: z.string(),
    status: z.enum(talentCardStatuses),
    standing: z.enum(standings),
    expiresSoon: z.boolean(),
    revokedReason: z.string().nullable(),
    revokedAt: z.string().nullable(),
    expiryNotifiedAt: z.string().nullable(),
    importId: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('TalentCard');
const cardBody = z.strictObject({ card: cardSchema });

const ownCardSchema = cardSchema
  .pick({
    id: true,
    cardNumber: true,
    holderName: true,
    holderResidentId: true,
    tier: true,
    issueDate: true,
    expiryDate: true,
    status: true,
    standing: true,
    expiresSoon: true,
  })
  .openapi('OwnTalentCard');

const sortKeys = Object.keys(cardSortColumns) as [
  keyof typeof cardSortColumns,
  ...(keyof typeof cardSortColumns)[],
];
const listQuery = pageQuerySchema.extend({
  sort: optionalEnum(sortKeys),
  view: optionalEnum(talentCardViews),
  tier: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(10).optional()),
});

const importSummaryFields = {
  id: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  status: z.enum(['validated', 'committed']),
  rowCount: z.number().int(),
  validCount: z.number().int(),
  committedMode: z.enum(cardImportModes).nullable(),
  committedCount: z.number().int().nullable(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
};
const importSchema = z
  .strictObject({
    ...importSummaryFields,
    missingColumns: z.array(z.enum(fields)),
    rows: z.array(
      z.strictObject({
        row: z.number().int().openapi({ description: 'spreadsheet row: the header is row 1' }),
        cardNumber: z.string(),
        holderName: z.string(),
        holderResidentId: z.string().nullable().openapi({ description: 'masked; null when the row failed' }),
        tier: z.string().nullable(),
        issueDate: z.string().nullable(),
        expiryDate: z.string().nullable(),
        valid: z.boolean(),
        errors: z.array(
          z.strictObject({
            field: z.enum(fields),
            messageKey: z.string(),
            params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
            text: z.strictObject({ 'zh-CN': z.string(), en: z.string() }),
          }),
        ),
      }),
    ),
  })
  .openapi('TalentCardImport');
const importBody = z.strictObject({ import: importSchema });

const listRoute = route({
  method: 'get',
  path: '/talent-cards',
  request: { query: listQuery },
  responses: {
    200: jsonResponse(
      pageOf(cardSchema),
      'The registry (reviewer, admin; approver, registrar, auditor read)',
    ),
    ...errorResponses(400, 401, 403),
  },
});

const countsRoute = route({
  method: 'get',
  path: '/talent-cards/counts',
  request: { query: listQuery.pick({ q: true, tier: true }) },
  responses: {
    200: jsonResponse(
      z.strictObject({
        all: z.number().int(),
        valid: z.number().int(),
        expiring: z.number().int(),
        expired: z.number().int(),
        revoked: z.number().int(),
      }),
      'Cards per tab under the same tier and search',
    ),
    ...errorResponses(400, 401, 403),
  },
});

const createCardRoute = route({
  method: 'post',
  path: '/talent-cards',
  request: { body: jsonBody(talentCardSchema) },
  responses: {
    201: jsonResponse(cardBody, 'Entered (reviewer, admin)'),
    ...errorResponses(400, 401, 403, 409),
  },
});

const updateCardRoute = route({
  method: 'patch',
  path: '/talent-cards/{id}',
  request: { params: idParams, body: jsonBody(talentCardUpdateSchema) },
  responses: {
    200: jsonResponse(cardBody, 'Corrected (reviewer, admin); a stale version or a revoked card is a 409'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const revokeRoute = route({
  method: 'post',
  path: '/talent-cards/{id}/revoke',
  request: { params: idParams, body: jsonBody(talentCardRevokeSchema) },
  responses: {
    200: jsonResponse(cardBody, 'Revoked with the reason (reviewer, admin); the holder is told'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const revealRoute = route.reveal(
  '/talent-cards/{id}/reveal',
  z.strictObject({ holderResidentId: z.string() }),
  'The full resident ID (reviewer, admin); audited',
);

const historyRoute = route.get(
  '/talent-cards/{id}/history',
  z.strictObject({
    items: z.array(
      z.strictObject({
        at: z.string(),
        action: z.string(),
        actorKind: z.string().nullable(),
        actorName: z.string().nullable(),
        reason: z.string().nullable(),
        fields: z.array(z.string()),
        fileName: z.string().nullable(),
      }),
    ),
  }),
  'The card’s audit trail, oldest first (registry readers)',
);

const mineRoute = route({
  method: 'get',
  path: '/talent-cards/mine',
  responses: {
    200: jsonResponse(
      z.strictObject({ items: z.array(ownCardSchema) }),
      'Cards under the applicant’s own resident ID',
    ),
    ...errorResponses(401, 403),
  },
});

const templateRoute = route({
  method: 'get',
  path: '/talent-cards/import-template.csv',
  responses: {
    200: { description: 'The import template’s header row (CSV, UTF-8 with BOM)' },
    ...errorResponses(401, 403),
  },
});

const uploadRoute = route({
  method: 'post',
  path: '/talent-cards/imports',
  // No body validator: the upload reader counts the stream against the size limit.
  description: 'multipart/form-data with one part `file` (CSV in UTF-8 or GBK, or .xlsx); imports nothing',
  responses: {
    201: jsonResponse(importBody, 'Every row validated; the report (reviewer, admin)'),
    ...errorResponses(400, 401, 403, 413),
    415: jsonResponse(errorSchema, 'Not multipart/form-data'),
  },
});

const listImportsRoute = route({
  method: 'get',
  path: '/talent-cards/imports',
  request: { query: pageQuerySchema.pick({ page: true, pageSize: true }) },
  responses: {
    200: jsonResponse(pageOf(z.strictObject(importSummaryFields)), 'Imports, newest first'),
    ...errorResponses(400, 401, 403),
  },
});

const getImportRoute = route.get(
  '/talent-cards/imports/{id}',
  importBody,
  'The import and its row-by-row report',
);

const commitRoute = route({
  method: 'post',
  path: '/talent-cards/imports/{id}/commit',
  request: { params: idParams, body: jsonBody(cardImportCommitSchema) },
  responses: {
    200: jsonResponse(importBody, 'Imported in one transaction (reviewer, admin)'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function talentCardsRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(listRoute, async (c) =>
      c.json(await registry.listCards(db, currentActor(c), c.req.valid('query'), { pii }), 200),
    )
    .openapi(countsRoute, async (c) =>
      c.json(await registry.cardCounts(db, currentActor(c), c.req.valid('query'), { pii }), 200),
    )
    .openapi(historyRoute, async (c) =>
      c.json(await registry.cardHistory(db, currentActor(c), c.req.valid('param').id), 200),
    )
    .openapi(mineRoute, async (c) => c.json(await registry.ownCards(db, currentActor(c), { pii }), 200))
    .openapi(templateRoute, async (c) =>
      c.body(imports.importTemplateCsv(currentActor(c)), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="talent-cards-template.csv"; filename*=UTF-8''${encodeURIComponent('人才服务卡导入模板.csv')}`,
      }),
    )
    .openapi(createCardRoute, async (c) => {
      const card = await registry.createCard(
        db,
        currentActor(c),
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.json({ card }, 201);
    })
    .openapi(updateCardRoute, async (c) => {
      const card = await registry.updateCard(
        db,
        currentActor(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.json({ card }, 200);
    })
    .openapi(revokeRoute, async (c) => {
      const card = await registry.revokeCard(
        db,
        currentActor(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.json({ card }, 200);
    })
    .openapi(revealRoute, async (c) =>
      c.json(
        await registry.revealHolderId(
          db,
          currentActor(c),
          c.req.valid('param').id,
          serviceContext(c, config, pii),
        ),
        200,
      ),
    )
    .openapi(uploadRoute, async (c) => {
      const actor = currentActor(c);
      // Refuse the wrong role before reading a byte of the file.
      access.assertManages(actor);
      const file = await readUploadedFile(c.req.raw);
      const view = await imports.validateImport(db, actor, file, serviceContext(c, config, pii));
      return c.json({ import: view }, 201);
    })
    .openapi(listImportsRoute, async (c) =>
      c.json(await imports.listImports(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(getImportRoute, async (c) =>
      c.json({ import: await imports.getImport(db, currentActor(c), c.req.valid('param').id) }, 200),
    )
    .openapi(commitRoute, async (c) => {
      const view = await imports.commitImport(
        db,
        currentActor(c),
        c.req.valid('param').id,
        c.req.valid('json').mode,
        serviceContext(c, config, pii),
      );
      return c.json({ import: view }, 200);
    });
}
