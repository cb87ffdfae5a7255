import { apiFetch } from '@talent/ui';
import { useEffect, useState } from 'react';
import type { Organisation } from '../apiTypes';

export type OrganisationState =
  | { status: 'loading'; organisation: null; error: null }
  | { status: 'ready'; organisation: Organisation; error: null }
  | { status: 'error'; organisation: null; error: unknown };

/** The caller's organisation, loaded again whenever `reloadKey` changes. */
export function useOrganisation(reloadKey: unknown = 0): OrganisationState {
  const [state, setState] = useState<OrganisationState>({
    status: 'loading',
    organisation: null,
    error: null,
  });
  // reloadKey is the signal to load again
  useEffect(() => {
    const controller = new AbortController();
    apiFetch<{ organisation: Organisation }>('/api/employer/organisation', {
      signal: controller.signal,
    }).then(
      ({ organisation }) => setState({ status: 'ready', organisation, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', organisation: null, error });
      },
    );
    return () => controller.abort();
  }, [reloadKey]);
  return state;
}
