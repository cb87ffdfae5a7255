import { createRoute } from '@hono/zod-openapi';
import { applicantSignUpSchema, employerSignUpSchema, signInSchema } from '@talent/domain';
import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.js';
import type { ApiDeps } from '../../platform/deps.js';
import { isHttps, serviceContext } from '../../platform/http.js';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../platform/router.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/session.js';
import { meBody } from '../accounts/routes.js';
import * as service from './service.js';

const signUpApplicant = createRoute({
  method: 'post',
  path: '/auth/sign-up/applicant',
  tags: ['auth'],
  request: { body: jsonBody(applicantSignUpSchema) },
  responses: {
    201: jsonResponse(meBody, 'Registered and signed in (sets the session cookie)'),
    ...errorResponses(400, 403, 409),
  },
});

const signUpEmployer = createRoute({
  method: 'post',
  path: '/auth/sign-up/employer',
  tags: ['auth'],
  request: { body: jsonBody(employerSignUpSchema) },
  responses: {
    201: jsonResponse(meBody, 'Employer registered (pending review); its contact signed in as admin'),
    ...errorResponses(400, 403, 409),
  },
});

const signIn = createRoute({
  method: 'post',
  path: '/auth/sign-in',
  tags: ['auth'],
  request: { body: jsonBody(signInSchema) },
  responses: {
    200: jsonResponse(meBody, 'Signed in (sets the session cookie)'),
    ...errorResponses(400, 401, 403, 429),
  },
});

const signOut = createRoute({
  method: 'post',
  path: '/auth/sign-out',
  tags: ['auth'],
  responses: { 204: { description: 'Signed out; session ended and cookie cleared' }, ...errorResponses(403) },
});

export function authRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  const startSession = (c: Context<AppEnv>, session: service.SignedIn['session']) =>
    setSessionCookie(c, session.token, session.expiresAt, isHttps(c, config));

  return createRouter()
    .openapi(signUpApplicant, async (c) => {
      const { user, session } = await service.signUpApplicant(
        db,
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      startSession(c, session);
      return c.json({ user }, 201);
    })
    .openapi(signUpEmployer, async (c) => {
      const { user, session } = await service.signUpEmployer(
        db,
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      startSession(c, session);
      return c.json({ user }, 201);
    })
    .openapi(signIn, async (c) => {
      const { user, session } = await service.signIn(db, c.req.valid('json'), serviceContext(c, config, pii));
      startSession(c, session);
      return c.json({ user }, 200);
    })
    .openapi(signOut, async (c) => {
      const auth = c.get('auth');
      await service.signOut(db, auth?.actor ?? null, auth?.sessionId ?? null, serviceContext(c, config, pii));
      clearSessionCookie(c, isHttps(c, config));
      return c.body(null, 204);
    });
}
