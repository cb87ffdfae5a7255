import { api, call } from '@talent/ui';
import { queryOptions } from '@tanstack/react-query';

/*
 * The applicant's reads that more than one screen shows, each under a key that starts with the API
 * path's segments: a change invalidates its prefix (`['settlements']`, `['subsidy-claims']`), and a
 * screen that holds the view an action returned puts it under the same key (setQueryData).
 */

async function loadSettlement(id: string) {
  return (await call(api.settlements[':id'].$get({ param: { id } }))).item;
}

export type ApplicationView = Awaited<ReturnType<typeof loadSettlement>>;

export const settlementKey = (id: string) => ['settlements', id] as const;

export const settlementQuery = (id: string) =>
  queryOptions({ queryKey: settlementKey(id), queryFn: () => loadSettlement(id) });

async function loadClaim(id: string) {
  return (await call(api['subsidy-claims'][':id'].$get({ param: { id } }))).item;
}

export type ClaimView = Awaited<ReturnType<typeof loadClaim>>;

export const claimKey = (id: string) => ['subsidy-claims', id] as const;

export const claimQuery = (id: string) =>
  queryOptions({ queryKey: claimKey(id), queryFn: () => loadClaim(id) });

export const eligibilityQuery = queryOptions({
  queryKey: ['subsidy-claims', 'eligibility'],
  queryFn: () => call(api['subsidy-claims'].eligibility.$get()),
});

export const profileQuery = queryOptions({
  queryKey: ['applicant', 'profile'],
  queryFn: async () => (await call(api.applicant.profile.$get())).profile,
});

export const policyQuery = queryOptions({
  queryKey: ['policy', 'current'],
  queryFn: async () => (await call(api.policy.current.$get())).policy,
});

export const documentsQuery = queryOptions({
  queryKey: ['documents', { pageSize: 100 }],
  queryFn: () => call(api.documents.$get({ query: { pageSize: 100 } })),
});
