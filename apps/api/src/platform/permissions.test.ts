import type { Actor, OperationAccess } from '@talent/domain';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv, AuthState } from './context.js';
import { handleError } from './errors.js';
import { permissionGuard } from './permissions.js';

// The guard's matching on its own (the security matrix drives it through every real route): a literal
// segment wins over a parameter, whatever order the table lists them in.
const table: Record<string, OperationAccess> = {
  'GET /api/claims/{id}': ['applicant'],
  'GET /api/claims/{id}/history': ['applicant'],
  'GET /api/claims/imports/{id}': ['bureau:reviewer'],
  'GET /api/claims/counts': ['bureau:reviewer'],
  'POST /api/claims/{id}/events': ['bureau:approver'],
  'GET /api/open': 'public',
};

function appAs(actor: Actor | null) {
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.use('*', async (c, next) => {
    c.set('auth', actor ? ({ actor } as AuthState) : null);
    return next();
  });
  app.use('/api/*', permissionGuard(table));
  app.all('*', (c) => c.text('reached'));
  return app;
}
const applicant: Actor = { userId: 'a', kind: 'applicant', roles: [] };
const reviewer: Actor = { userId: 'r', kind: 'bureau', roles: ['reviewer', 'auditor'] };

describe('permissionGuard', () => {
  it('matches literal segments before parameters, then checks any of the actor’s roles', async () => {
    expect((await appAs(applicant).request('/api/claims/counts')).status).toBe(403);
    expect((await appAs(reviewer).request('/api/claims/counts')).status).toBe(200);
    expect((await appAs(applicant).request('/api/claims/6f1c')).status).toBe(200);
    expect((await appAs(reviewer).request('/api/claims/6f1c')).status).toBe(403);
    expect((await appAs(reviewer).request('/api/claims/6f1c/events', { method: 'POST' })).status).toBe(403);
    expect((await appAs(applicant).request('/api/claims/6f1c', { method: 'HEAD' })).status).toBe(200);
    // both patterns match; the one whose first parameter comes later is the more specific
    expect((await appAs(reviewer).request('/api/claims/imports/history')).status).toBe(200);
    expect((await appAs(applicant).request('/api/claims/imports/history')).status).toBe(403);
  });

  it('answers 401 before anything when nobody is signed in; public and unlisted routes pass', async () => {
    expect((await appAs(null).request('/api/claims/6f1c')).status).toBe(401);
    expect((await appAs(null).request('/api/open')).status).toBe(200);
    expect((await appAs(null).request('/api/unlisted')).status).toBe(200);
    expect((await appAs(null).request('/api/claims/6f1c/extra')).status).toBe(200);
  });
});
