import { api, call } from '@talent/ui';
import { queryOptions } from '@tanstack/react-query';

const loadVersions = (signal: AbortSignal) => call(api.policy.versions.$get(undefined, { init: { signal } }));

/** Every version of the parameters, oldest first: the list page and the new version's starting point. */
export const policyVersionsQuery = queryOptions({
  queryKey: ['policy', 'versions'],
  queryFn: ({ signal }) => loadVersions(signal),
});
export type VersionItem = Awaited<ReturnType<typeof loadVersions>>['items'][number];
