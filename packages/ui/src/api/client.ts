import { type ApiClient, createApiClient } from '@talent/api/client';
import { type ClientResponse, parseResponse } from 'hono/client';
import { portalFetch } from './apiFetch';

/**
 * The API as the portals call it: paths, parameters, bodies and answers typed from the API's own route
 * definitions, so a renamed field fails `pnpm typecheck` in the portal that reads it.
 *
 *   const { item } = await call(api.settlements[':id'].$get({ param: { id } }));
 */
// annotated: the inferred type is too long for a declaration file to spell out (TS7056)
export const api: ApiClient['api'] = createApiClient('', { fetch: portalFetch }).api;

/**
 * The 2xx body of a typed call. `portalFetch` has already turned every other answer into an ApiError,
 * so what is left is the success the route declares (undefined for a 204).
 */
// biome-ignore lint/suspicious/noExplicitAny: the success type is read off whatever response the route declares
export function call<R extends ClientResponse<any>>(
  response: R | Promise<R>,
): ReturnType<typeof parseResponse<R>> {
  return parseResponse(response);
}
