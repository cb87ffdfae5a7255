import type { ApiClient } from '@talent/api/client';
import type { Audience } from '@talent/ui';
import type { InferResponseType } from 'hono/client';

type Versions = ApiClient['api']['policy']['versions'];
export type VersionList = InferResponseType<Versions['$get'], 200>;
export type VersionItem = VersionList['items'][number];
export type VersionDiff = InferResponseType<Versions[':key']['diff']['$get'], 200>;
export type VersionChange = VersionDiff['changes'][number];

/** Every bureau role reads the parameters; an admin creates a version. */
export const policyAudience: Audience = { kinds: ['bureau'] };
export const policyAdmins: Audience = { kinds: ['bureau'], roles: ['admin'] };
