import { z } from '@hono/zod-openapi';
import { bureauRoles, changePasswordSchema } from '@talent/domain';
import { currentActor, currentAuth } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { isHttps, serviceContext } from '../../platform/http.js';
import {
  createRouter,
  errorResponses,
  idParams,
  jsonBody,
  jsonResponse,
  sessionRoutes,
} from '../../platform/router.js';
import { setSessionCookie } from '../../platform/session.js';
import * as service from './service.js';

const accountsRoute = sessionRoutes('accounts');
const bureauRoute = sessionRoutes('bureau');

export const meSchema = z
  .strictObject({
    id: z.string(),
    kind: z.enum(['applicant', 'employer', 'bureau']),
    name: z.string(),
    login: z.string().openapi({ description: 'username, or the mobile number masked (138****8000)' }),
    roles: z.array(z.enum(bureauRoles)),
    employer: z
      .strictObject({
        id: z.string(),
        name: z.string(),
        uscc: z.string(),
        status: z.enum(['pending', 'verified', 'rejected']),
      })
      .nullable(),
    employerRole: z.enum(['admin', 'hr']).nullable(),
    residentId: z.string().nullable().openapi({ description: 'masked: 6210**********123X' }),
    mustChangePassword: z
      .literal(true)
      .optional()
      .openapi({ description: 'an admin set a temporary password: change it before anything else' }),
    identityVerifiedBy: z
      .enum(['card_registry', 'bureau_document_check'])
      .nullable()
      .openapi({ description: 'how the identity was verified (已核验); null: 未核验' }),
  })
  .openapi('Me');

export const meBody = z.strictObject({ user: meSchema });
const residentIdBody = z.strictObject({ residentId: z.string() });
const identityMethod = z.enum(['card_registry', 'bureau_document_check']);
const applicantSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    mobile: z.string(),
    residentId: z.string().nullable(),
    identity: z.strictObject({
      verifiedBy: identityMethod.nullable(),
      verifiedAt: z.string().nullable(),
      verifiedByName: z.string().nullable(),
      disputed: z.boolean(),
    }),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('ApplicantView');

const getMe = accountsRoute({
  method: 'get',
  path: '/me',
  responses: { 200: jsonResponse(meBody, 'The signed-in user'), ...errorResponses(401) },
});

const putProfile = accountsRoute({
  method: 'put',
  path: '/me/profile',
  request: { body: jsonBody(service.profileUpdateSchema) },
  responses: { 200: jsonResponse(meBody, 'Profile saved'), ...errorResponses(400, 401, 403, 409) },
});

const getOwnResidentId = accountsRoute({
  method: 'get',
  path: '/me/resident-id',
  responses: {
    200: jsonResponse(residentIdBody, 'The full number of the caller’s own ID (audited)'),
    ...errorResponses(401, 404),
  },
});

const postPassword = accountsRoute({
  method: 'post',
  path: '/me/password',
  request: { body: jsonBody(changePasswordSchema) },
  responses: {
    204: { description: 'Changed; every other session ended, this one rotated' },
    ...errorResponses(400, 401, 429),
  },
});

const postDispute = accountsRoute({
  method: 'post',
  path: '/me/identity-disputes',
  request: { body: jsonBody(service.disputeInputSchema) },
  responses: {
    202: { description: 'Recorded for the bureau; the same answer whoever holds the number' },
    ...errorResponses(400, 401, 403, 429),
  },
});

const personRef = z.strictObject({ id: z.string(), name: z.string(), mobile: z.string() });
const disputeSchema = z
  .strictObject({
    id: z.string(),
    createdAt: z.string(),
    note: z.string().nullable(),
    claimant: personRef,
    holder: personRef.nullable(),
  })
  .openapi('IdentityDispute');

const listDisputes = bureauRoute({
  method: 'get',
  path: '/bureau/identity-disputes',
  responses: {
    200: jsonResponse(z.strictObject({ items: z.array(disputeSchema) }), 'Open identity disputes'),
    ...errorResponses(401, 403),
  },
});

const verifyIdentity = bureauRoute({
  method: 'post',
  path: '/bureau/applicants/{id}/verify-identity',
  request: { params: idParams },
  responses: {
    200: jsonResponse(
      z.strictObject({ item: applicantSchema }),
      'A reviewer checked the ID-card scan: identity verified (audited)',
    ),
    ...errorResponses(401, 403, 404, 409),
  },
});

const getApplicant = bureauRoute.get(
  '/bureau/applicants/{id}',
  z.strictObject({ item: applicantSchema }),
  'The applicant, identifiers masked',
);

const revealApplicantResidentId = bureauRoute.reveal(
  '/bureau/applicants/{id}/reveal-resident-id',
  residentIdBody,
  'The full number (reviewer, registrar, admin; audited)',
);

export function accountsRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(getMe, (c) => c.json({ user: service.toMe(currentAuth(c).user, { pii }) }, 200))
    .openapi(putProfile, async (c) => {
      const user = await service.updateProfile(
        db,
        currentActor(c),
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.json({ user }, 200);
    })
    .openapi(getOwnResidentId, async (c) => {
      const residentId = await service.revealOwnResidentId(
        db,
        currentActor(c),
        serviceContext(c, config, pii),
      );
      return c.json({ residentId }, 200);
    })
    .openapi(postPassword, async (c) => {
      const session = await service.changePassword(
        db,
        currentActor(c),
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      setSessionCookie(c, session.token, session.expiresAt, isHttps(c, config));
      return c.body(null, 204);
    })
    .openapi(postDispute, async (c) => {
      await service.raiseIdentityDispute(
        db,
        currentActor(c),
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.body(null, 202);
    })
    .openapi(listDisputes, async (c) => c.json(await service.listIdentityDisputes(db, currentActor(c)), 200))
    .openapi(verifyIdentity, async (c) => {
      const item = await service.verifyApplicantIdentity(
        db,
        currentActor(c),
        c.req.valid('param').id,
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    })
    .openapi(getApplicant, async (c) => {
      const item = await service.getApplicant(
        db,
        currentActor(c),
        c.req.valid('param').id,
        serviceContext(c, config, pii),
      );
      return c.json({ item }, 200);
    })
    .openapi(revealApplicantResidentId, async (c) => {
      const residentId = await service.revealApplicantResidentId(
        db,
        currentActor(c),
        c.req.valid('param').id,
        serviceContext(c, config, pii),
      );
      return c.json({ residentId }, 200);
    });
}
