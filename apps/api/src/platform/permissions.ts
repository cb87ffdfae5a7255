import {
  type Actor,
  actorRolesOf,
  mayCall,
  type Operation,
  type OperationAccess,
  operationAccess,
} from '@talent/domain';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

// The domain's permission table as the first guard of every route: who may call an operation is
// decided before its input is validated, its record loaded or its version compared, so a caller of
// the wrong role learns nothing about the record (a 403, never a 409 carrying its state, nor a 404).
// The services keep their own finer checks (the record's owner, the machine's who-fires-what).

type Found = { access: OperationAccess; route: string };
type Entry = Found & { pattern: RegExp };

/** "/api/a/{id}/b" → /^\/api\/a\/[^/]+\/b$/; literal segments sort before parameters. */
function compile(table: Readonly<Record<string, OperationAccess>>) {
  const exact = new Map<string, Found>();
  const patterns = new Map<string, (Entry & { rank: string })[]>();
  for (const [key, access] of Object.entries(table)) {
    const [method = '', path = ''] = key.split(' ');
    const route = path.replace(/\{(\w+)\}/g, ':$1');
    if (!path.includes('{')) {
      exact.set(`${method} ${path}`, { access, route });
      continue;
    }
    const segments = path.split('/');
    const source = segments.map((s) =>
      s.startsWith('{') ? '[^/]+' : s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
    );
    const list = patterns.get(method) ?? [];
    list.push({
      pattern: new RegExp(`^${source.join('/')}$`),
      access,
      route,
      rank: segments.map((s) => (s.startsWith('{') ? '1' : '0')).join(''),
    });
    patterns.set(method, list);
  }
  for (const list of patterns.values()) list.sort((a, b) => a.rank.localeCompare(b.rank));
  return (method: string, path: string): Found | undefined =>
    exact.get(`${method} ${path}`) ?? patterns.get(method)?.find((e) => e.pattern.test(path));
}

/** Routes the table does not list (yet) pass through to their own checks; the matrix test flags them. */
export function permissionGuard(
  table: Readonly<Record<string, OperationAccess>> = operationAccess,
): MiddlewareHandler<AppEnv> {
  const operationOf = compile(table);
  return async (c, next) => {
    const operation = operationOf(c.req.method === 'HEAD' ? 'GET' : c.req.method, c.req.path);
    if (operation === undefined) return next();
    c.set('guardedRoute', operation.route);
    const { access } = operation;
    if (access === 'public') return next();
    const auth = c.get('auth');
    if (!auth) throw unauthenticated();
    if (!actorRolesOf(auth.actor).some((role) => access.includes(role))) throw forbidden();
    return next();
  };
}

/**
 * A service's own "who may", read from the same table as the guard, for callers that reach it without
 * the route (seeds, other capabilities, the scheduler): no second list of roles to drift from it.
 */
export function requireMayCall(actor: Actor, operation: Operation): void {
  if (!mayCall(operation, actor)) throw forbidden();
}
