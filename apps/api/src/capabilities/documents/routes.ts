import { z } from '@hono/zod-openapi';
import { pageQuerySchema } from '@talent/domain';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { EMBEDDED_DOCUMENT_CSP } from '../../platform/headers.js';
import { serviceContext } from '../../platform/http.js';
import {
  createRouter,
  errorResponses,
  errorSchema,
  idParams,
  jsonResponse,
  sessionRoutes,
} from '../../platform/router.js';
import { pageOf } from '../../platform/schemas.js';
import * as service from './service.js';
import { readUploadedFile } from './upload.js';

const route = sessionRoutes('documents');

const documentSchema = z
  .strictObject({
    id: z.string(),
    mime: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
    sizeBytes: z.number().int(),
    originalName: z.string(),
    createdAt: z.string(),
    url: z.string(),
  })
  .openapi('Document');

const uploadRoute = route({
  method: 'post',
  path: '/documents',
  // No body validator: it would read the whole body before the size limit could be enforced.
  description:
    'multipart/form-data with one part `file`. Per user and rolling hour at most 50 files (429, Retry-After) and 100 MiB (413) by default',
  responses: {
    201: jsonResponse(
      z.strictObject({ document: documentSchema }),
      'Stored (PDF, JPEG or PNG by content, 1 B–10 MB)',
    ),
    ...errorResponses(400, 401, 403, 413, 429),
    415: jsonResponse(errorSchema, 'Not a PDF, JPEG or PNG by its content'),
  },
});

const listRoute = route({
  method: 'get',
  path: '/documents',
  request: { query: pageQuerySchema.pick({ page: true, pageSize: true }) },
  responses: {
    200: jsonResponse(pageOf(documentSchema), 'The caller’s own uploads, newest first'),
    ...errorResponses(400, 401),
  },
});

const contentRoute = route({
  method: 'get',
  path: '/documents/{id}/content',
  request: { params: idParams },
  responses: {
    200: { description: 'The bytes, inline (owner; the bureau roles that handle its case, audited)' },
    ...errorResponses(401, 403, 404),
  },
});

export function documentsRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(uploadRoute, async (c) => {
      const actor = currentActor(c);
      // Over the hour's quota already: refused before the body is read.
      await service.assertUploadQuota(db, actor, config.uploadQuota);
      // The body is read here, not by the validator: the stream is counted against the size limit.
      const file = await readUploadedFile(c.req.raw);
      const document = await service.upload(
        db,
        actor,
        file,
        serviceContext(c, config, pii),
        config.uploadQuota,
      );
      return c.json({ document }, 201);
    })
    .openapi(listRoute, async (c) =>
      c.json(await service.listOwn(db, currentActor(c), c.req.valid('query')), 200),
    )
    .openapi(contentRoute, async (c) => {
      const { row, bytes } = await service.content(
        db,
        currentActor(c),
        c.req.valid('param').id,
        serviceContext(c, config, pii),
      );
      return c.body(new Uint8Array(bytes), 200, {
        'content-type': row.mime,
        'content-length': String(bytes.byteLength),
        'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(row.original_name)}`,
        'content-security-policy': EMBEDDED_DOCUMENT_CSP,
      });
    });
}
