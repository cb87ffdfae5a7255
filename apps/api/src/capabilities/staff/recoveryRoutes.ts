import { z } from '@hono/zod-openapi';
import { currentActor } from '../../platform/auth.js';
import type { ApiDeps } from '../../platform/deps.js';
import { serviceContext } from '../../platform/http.js';
import {
  createRouter,
  errorResponses,
  idParams,
  jsonResponse,
  sessionRoutes,
} from '../../platform/router.js';
import * as service from './recovery.js';

const route = sessionRoutes('bureau');

const unlockStaff = route({
  method: 'post',
  path: '/bureau/staff/{id}/unlock',
  request: { params: idParams },
  responses: {
    204: { description: 'Every sign-in delay of the account lifted (admin; audited)' },
    ...errorResponses(401, 403, 404),
  },
});

const resetStaffPassword = route({
  method: 'post',
  path: '/bureau/staff/{id}/password-reset',
  request: { params: idParams },
  responses: {
    200: jsonResponse(
      z.strictObject({ temporaryPassword: z.string() }),
      'A temporary password, shown once, to be changed at the next sign-in; sessions ended (admin; audited)',
    ),
    ...errorResponses(401, 403, 404),
  },
});

/** The admin's way back for a staff member who is locked out or forgot the password. */
export function staffRecoveryRoutes(deps: ApiDeps) {
  const { db, config, pii } = deps;
  return createRouter()
    .openapi(unlockStaff, async (c) => {
      await service.unlockStaff(db, currentActor(c), c.req.valid('param').id, serviceContext(c, config, pii));
      return c.body(null, 204);
    })
    .openapi(resetStaffPassword, async (c) => {
      const result = await service.resetStaffPassword(
        db,
        currentActor(c),
        c.req.valid('param').id,
        serviceContext(c, config, pii),
      );
      return c.json(result, 200);
    });
}
