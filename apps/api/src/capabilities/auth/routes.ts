import { createRoute, z } from '@hono/zod-openapi';
import {
  codeRequestSchema,
  passwordResetSchema,
  signInSchema,
  verifiedApplicantSignUpSchema,
  verifiedEmployerSignUpSchema,
} from '@talent/domain';
import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.js';
import type { ApiDeps } from '../../platform/deps.js';
import { isHttps, serviceContext } from '../../platform/http.js';
import { localeFromHeader } from '../../platform/locale.js';
import { message } from '../../platform/messages.js';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../platform/router.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/session.js';
import { meBody } from '../accounts/routes.js';
import { requestCode as requestCodeService } from './codes.js';
import { resetPassword as resetPasswordService } from './recovery.js';
import * as service from './service.js';

const requestCode = createRoute({
  method: 'post',
  path: '/auth/codes',
  tags: ['auth'],
  request: { body: jsonBody(codeRequestSchema) },
  responses: {
    202: jsonResponse(
      z.strictObject({ message: z.string() }),
      'Always the same answer, registered mobile or not; the SMS says the rest',
    ),
    ...errorResponses(400, 403, 429),
  },
});

const resetPassword = createRoute({
  method: 'post',
  path: '/auth/password-reset',
  tags: ['auth'],
  request: { body: jsonBody(passwordResetSchema) },
  responses: {
    204: { description: 'Password replaced; every session of the account ended' },
    ...errorResponses(400, 403),
  },
});

const signUpApplicant = createRoute({
  method: 'post',
  path: '/auth/sign-up/applicant',
  tags: ['auth'],
  request: { body: jsonBody(verifiedApplicantSignUpSchema) },
  responses: {
    201: jsonResponse(meBody, 'Registered and signed in (sets the session cookie)'),
    ...errorResponses(400, 403, 409),
  },
});

const signUpEmployer = createRoute({
  method: 'post',
  path: '/auth/sign-up/employer',
  tags: ['auth'],
  request: { body: jsonBody(verifiedEmployerSignUpSchema) },
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
    .openapi(requestCode, async (c) => {
      await requestCodeService(db, c.req.valid('json'), serviceContext(c, config, pii));
      const locale = localeFromHeader(c.req.header('accept-language'));
      return c.json({ message: message(locale, 'auth.code.sent') }, 202);
    })
    .openapi(resetPassword, async (c) => {
      await resetPasswordService(db, c.req.valid('json'), serviceContext(c, config, pii));
      return c.body(null, 204);
    })
    .openapi(signUpApplicant, async (c) => {
      const { user, session } = await service.signUpApplicantWithCode(
        db,
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      startSession(c, session);
      return c.json({ user }, 201);
    })
    .openapi(signUpEmployer, async (c) => {
      const { user, session } = await service.signUpEmployerWithCode(
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
