import { z } from '@hono/zod-openapi';
import { applicantProfileSchema, tiers } from '@talent/domain';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { serviceContext } from '../../platform/http.js';
import {
  createRouter,
  errorResponses,
  jsonBody,
  jsonResponse,
  sessionRoutes,
} from '../../platform/router.js';
import * as service from './service.js';

const route = sessionRoutes('applicant');

const profileSchema = z
  .strictObject({
    registeredPlace: z.string().nullable(),
    school: z.string().nullable(),
    tier: z.enum(tiers).nullable(),
    major: z.string().nullable(),
    graduationDate: z.string().nullable(),
    certificateNo: z.string().nullable(),
    complete: z.boolean(),
  })
  .openapi('ApplicantProfile');
const profileBody = z.strictObject({ profile: profileSchema });

const getRoute = route({
  method: 'get',
  path: '/applicant/profile',
  responses: {
    200: jsonResponse(profileBody, 'Registered place and education'),
    ...errorResponses(401, 403),
  },
});

const putRoute = route({
  method: 'put',
  path: '/applicant/profile',
  request: { body: jsonBody(applicantProfileSchema) },
  responses: { 200: jsonResponse(profileBody, 'Saved'), ...errorResponses(400, 401, 403) },
});

export function profileRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(getRoute, async (c) => c.json({ profile: await service.getProfile(db, currentActor(c)) }, 200))
    .openapi(putRoute, async (c) => {
      const profile = await service.saveProfile(
        db,
        currentActor(c),
        c.req.valid('json'),
        serviceContext(c, config, pii),
      );
      return c.json({ profile }, 200);
    });
}
