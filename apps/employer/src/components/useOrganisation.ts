import { api, call } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';

/** The cache key of the caller's organisation: a change to it (a save, an accepted member) invalidates it. */
export const organisationKey = ['employer', 'organisation'] as const;

async function loadOrganisation() {
  const { organisation } = await call(api.employer.organisation.$get());
  return organisation;
}

export type Organisation = Awaited<ReturnType<typeof loadOrganisation>>;

/** The caller's organisation, shared by every card that shows a part of it. */
export function useOrganisation() {
  return useQuery({ queryKey: organisationKey, queryFn: loadOrganisation });
}
