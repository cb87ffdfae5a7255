import type { OpenAPIHono, z } from '@hono/zod-openapi';
import { errorSchema } from '../platform/router.js';

type DeclaredRoute = {
  method: string;
  path: string;
  pattern: RegExp;
  /** Path parameters: a literal segment matches before a parameter does. */
  params: number;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};

/**
 * Tests only: every JSON answer of a declared route must match the schema the route declares for its
 * status, or the call throws (path, status, zod issues), so the OpenAPI document and the typed client
 * describe what the API really sends. Errors all share one shape, declared or not.
 */
export function checkResponses<A extends Pick<OpenAPIHono, 'fetch' | 'openAPIRegistry'>>(app: A): A {
  const routes = declaredRoutes(app);
  const fetch = app.fetch;
  app.fetch = async (request, ...rest) => {
    const response = await fetch(request, ...rest);
    await check(routes, request, response);
    return response;
  };
  return app;
}

function declaredRoutes(app: Pick<OpenAPIHono, 'openAPIRegistry'>): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue;
    const { method, path, responses } = definition.route;
    const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/}]+\}/g, '[^/]+');
    routes.push({
      method: method.toUpperCase(),
      path,
      pattern: new RegExp(`^${source}$`),
      params: (path.match(/\{/g) ?? []).length,
      responses: responses as DeclaredRoute['responses'],
    });
  }
  return routes.sort((a, b) => a.params - b.params);
}

async function check(routes: DeclaredRoute[], request: Request, response: Response): Promise<void> {
  if (!response.headers.get('content-type')?.startsWith('application/json')) return;
  const path = new URL(request.url).pathname;
  const route = routes.find((r) => r.method === request.method && r.pattern.test(path));
  if (!route) return;
  const declared = route.responses[String(response.status)]?.content?.['application/json']?.schema as
    | z.ZodType
    | undefined;
  const schema = declared ?? (response.status >= 400 ? errorSchema : undefined);
  const where = `${request.method} ${path} (${route.path}) answered ${response.status}`;
  if (!schema) throw new Error(`${where}, a status the route does not declare`);
  const result = schema.safeParse(await response.clone().json());
  if (!result.success) {
    const issues = result.error.issues
      .map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}${'keys' in i ? ` ${i.keys}` : ''}`)
      .join('\n');
    throw new Error(`${where}, which does not match its declared schema:\n${issues}`);
  }
}
