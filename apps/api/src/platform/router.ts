import { createRoute, OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi';
import { requireSession } from './auth.js';
import type { AppEnv } from './context.js';
import { apiErrorCodes, validationError } from './errors.js';

/** Every capability's sub-app: zod failures leave as 400 validation_failed in the one error shape. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) throw validationError(c, result.error.issues);
    },
  });
}

export const errorSchema = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(
        Object.keys(apiErrorCodes) as [keyof typeof apiErrorCodes, ...(keyof typeof apiErrorCodes)[]],
      ),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string(),
    }),
  })
  .openapi('Error');

const statusText: Record<number, string> = {
  400: 'Invalid input (details.fields lists each field)',
  401: 'Not signed in, or wrong credentials',
  403: 'Not allowed, or a mutation without a matching Origin',
  404: 'Not found',
  409: 'Conflict with the current state',
  413: 'Body larger than 1 MB',
  415: 'Unsupported file type',
  422: 'A file refused as a whole (details: its line-by-line report)',
  429: 'Too many attempts (details.retryAfterSeconds, Retry-After)',
  503: 'The database is unavailable',
};

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/** Declares error responses of a route for the OpenAPI document and the typed client. */
export function errorResponses<const S extends ErrorStatus>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: statusText[s] ?? String(s), content: { 'application/json': { schema: errorSchema } } },
    ]),
  ) as { [K in S]: { description: string; content: { 'application/json': { schema: typeof errorSchema } } } };
}

/** Routes that need a signed-in user: the session cookie (documented as an OpenAPI security scheme). */
export const sessionSecurity = [{ session: [] }];

/**
 * `createRoute` for one capability's signed-in routes: each gets the capability's tag, the session
 * check and the session security scheme, so a route says only its method, path, request and answers.
 */
export function sessionRoutes(tag: string) {
  const route = <
    P extends string,
    R extends Omit<RouteConfig, 'path' | 'tags' | 'middleware' | 'security'> & { path: P },
  >(
    config: R,
  ) =>
    createRoute({ tags: [tag], middleware: [requireSession] as const, security: sessionSecurity, ...config });
  /** A route naming only one record by its id, answered with `schema`; someone else's is a 404. */
  const byId =
    <M extends 'get' | 'post'>(method: M) =>
    <P extends string, S extends z.ZodType>(path: P, schema: S, description: string) =>
      route({
        method,
        path,
        request: { params: idParams },
        responses: { 200: jsonResponse(schema, description), ...errorResponses(401, 403, 404) },
      });
  return Object.assign(route, {
    /** Reads one record. */
    get: byId('get'),
    /**
     * The audited reveal of masked personal data: a POST answered with the whole value (the service
     * checks the role and writes the audit row).
     */
    reveal: byId('post'),
  });
}

/** A JSON request body that must be present and must be JSON. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

/** Record ids are UUIDs; anything else is a 404 rather than a database error. */
export const idParams = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, format: 'uuid' }),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
