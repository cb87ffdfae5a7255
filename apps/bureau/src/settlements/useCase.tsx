import { apiErrorText, isApiError, Notice, useApi, useI18n } from '@talent/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Conflict } from './CaseActions';

// What the settlement and subsidy-claim case pages share: the record, the last action done, and the
// 409 of someone else's change with its reload. `prefix` names the pages' test ids (case-…, claim-…).

/** The case (GET `path`, answered as `{ item }`) and the handlers its actions report to. */
export function useCase<T>(path: string) {
  const { t, tKey } = useI18n();
  const { data, error, reload, setData } = useApi<{ item: T }>(path);
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
      reload();
    },
    onDone: (next: T, event: string) => {
      setData({ item: next });
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
