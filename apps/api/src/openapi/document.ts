import { createApp, openApiConfig } from '../app.js';
import { createPii } from '../platform/pii.js';

/** Where the checked-in document lives, from the repository root. */
export const documentPath = 'docs/api/openapi.json';

/**
 * The OpenAPI document as the app declares it, serialized as it is checked in. Declaring routes needs
 * no database and no key, so none is given: nothing here answers a request.
 */
export function openApiDocument(): string {
  const app = createApp({
    db: undefined as never,
    engine: 'pglite',
    pii: createPii(new Uint8Array(32)),
    config: { logRequests: false },
  });
  return `${JSON.stringify(app.getOpenAPI31Document(openApiConfig), null, 2)}\n`;
}
