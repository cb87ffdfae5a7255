import { apiErrorText, isApiError, Notice, useI18n } from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Conflict } from './CaseActions';

// What the settlement and subsidy-claim case pages share: the record, the last action done, and the
// 409 of someone else's change with its reload. `prefix` names the pages' test ids (case-…, claim-…).

/**
 * The case (`load`, answered as `{ item }`, cached under `queryKey`) and the handlers its actions
 * report to: the view an action returns replaces the cached one.
 */
export function useCase<T>(
  queryKey: readonly unknown[],
  load: (signal: AbortSignal) => Promise<{ item: T }>,
) {
  const { t, tKey } = useI18n();
  const queryClient = useQueryClient();
  const { data, error, refetch } = useQuery({ queryKey, queryFn: ({ signal }) => load(signal) });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return {
    view: data?.item ?? null,
    error,
    conflict,
    done,
    /** A fresh copy answers the conflict. */
    reload: () => {
      setConflict(null);
      void refetch();
    },
    onDone: (next: T, event: string) => {
      queryClient.setQueryData(queryKey, { item: next });
      setConflict(null);
      setDone(t('case.done', { action: tKey(`action.${event}`) }));
    },
    onConflict: (c: Conflict) => {
      setDone(null);
      setConflict(c);
    },
  };
}

/** The case could not be loaded: why, and the way back to the queue. */
export function CaseLoadFailed({ error, prefix, back }: { error: unknown; prefix: string; back: string }) {
  const { t, tKey } = useI18n();
  return (
    <div className="page">
      <Notice tone="error" testId={`${prefix}-load-error`}>
        {t('case.loadFailed', {
          message: isApiError(error) ? apiErrorText(error, tKey) : t('error.internal'),
        })}
      </Notice>
      <Link to={back}>{t('case.back')}</Link>
    </div>
  );
}

/** Someone else changed the case (with the reload), or the action just done. */
export function CaseNotices({
  prefix,
  conflict,
  done,
  reload,
}: {
  prefix: string;
  conflict: Conflict | null;
  done: string | null;
  reload: () => void;
}) {
  const { t, tKey } = useI18n();
  if (conflict) {
    return (
      <Notice tone="warning" testId={`${prefix}-conflict`}>
        {t('case.conflict', { state: tKey(`state.${conflict.state}`) })}{' '}
        <button
          type="button"
          className="button button-small"
          onClick={reload}
          data-testid={`${prefix}-reload`}
        >
          {t('case.reload')}
        </button>
      </Notice>
    );
  }
  return done ? (
    <Notice tone="success" testId={`${prefix}-done`}>
      {done}
    </Notice>
  ) : null;
}
