import {
  type BureauRole,
  qingyangDivisions,
  settlementRoutes,
  settlementStates,
  tiers,
} from '@talent/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

// The queue's filters live in the URL next to the table's paging, sorting and search, so that a
// reload, the back button or a shared link shows the same cases.

/** States the bureau sees (a draft is the applicant's own until submitted). */
export const queueStates = settlementStates.filter((s) => s !== 'draft');
/** The reviewers' work list: the cases awaiting a decision. */
export const AWAITING = 'submitted,under_review';
/** `state=all` in the URL: no state filter (without a state parameter the role's own list applies). */
export const ALL = 'all';

export type QueueFilterValues = {
  route: string | undefined;
  county: string | undefined;
  /** AWAITING, one state, or ALL. */
  state: string;
  tier: string | undefined;
  green: 'true' | 'false' | undefined;
  overdue: boolean;
};

/** What each role works on first: reviewers the undecided cases, registrars the approved ones. */
export function roleDefaultState(roles: readonly BureauRole[]): string {
  if (roles.includes('reviewer') || roles.includes('approver')) return AWAITING;
  if (roles.includes('registrar')) return 'approved';
  return ALL;
}

const countyCodes = qingyangDivisions.map((d) => d.code);
const one = <T extends string>(values: readonly T[], raw: string | null) => values.find((v) => v === raw);

function readState(raw: string | null, fallback: string): string {
  if (raw === null) return fallback;
  if (raw === ALL || raw === AWAITING) return raw;
  return one(queueStates, raw) ?? fallback;
}

export function useQueueFilters(roles: readonly BureauRole[]) {
  const [params, setParams] = useSearchParams();
  const fallback = roleDefaultState(roles);
  const values = useMemo<QueueFilterValues>(
    () => ({
      route: one(settlementRoutes, params.get('route')),
      county: one(countyCodes, params.get('county')),
      state: readState(params.get('state'), fallback),
      tier: one(tiers, params.get('tier')),
      green: one(['true', 'false'] as const, params.get('green')),
      overdue: params.get('overdue') === 'true',
    }),
    [params, fallback],
  );

  /** Changes some filters and goes back to the first page. */
  const setFilters = useCallback(
    (change: Partial<QueueFilterValues>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(change)) {
          if (value === undefined || value === false || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        next.delete('page');
        return next;
      }),
    [setParams],
  );

  const clear = useCallback(
    () =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const key of ['route', 'county', 'state', 'tier', 'green', 'overdue', 'q', 'page'])
          next.delete(key);
        return next;
      }),
    [setParams],
  );

  return { values, setFilters, clear };
}

/** The API's query for these filters. */
export function apiFilters(v: QueueFilterValues): Record<string, string | undefined> {
  return {
    route: v.route,
    county: v.county,
    state: v.state === ALL ? undefined : v.state,
    tier: v.tier,
    green: v.green,
    overdue: v.overdue ? 'true' : undefined,
  };
}
