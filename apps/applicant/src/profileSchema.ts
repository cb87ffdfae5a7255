import { personNameSchema, residentIdSchema } from '@talent/domain';
import { z } from 'zod';

/**
 * TEMPORARY SHIM: @talent/domain has no profile schema yet (the API composes the same one in
 * apps/api/src/capabilities/accounts/service.ts). Built only from the domain's field schemas, so the
 * messages and rules are the domain's; replace with the domain export once it exists.
 */
export const profileUpdateSchema = z.object({ name: personNameSchema, residentId: residentIdSchema });
