import { api, call, formatDateTime, Notice, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import type { InferResponseType } from 'hono/client';
import { useState } from 'react';
import { roleKey } from './staffRoles';

type Grant = InferResponseType<(typeof api.bureau)['staff-grants']['$get'], 200>['items'][number];

/** Elevated roles awaiting a second admin (decision 0008): another admin confirms or refuses here. */
export function PendingGrants({
  canDecide,
  onDecided,
}: {
  canDecide: boolean;
  onDecided: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  const grants = useQuery({
    queryKey: ['bureau', 'staff-grants'],
    queryFn: ({ signal }) => call(api.bureau['staff-grants'].$get(undefined, { init: { signal } })),
  }).data?.items;
  const [error, setError] = useState<string | null>(null);
  const decide = async (grant: Grant, decision: 'confirm' | 'refuse') => {
    setError(null);
    try {
      await call(api.bureau['staff-grants'][':id'][decision].$post({ param: { id: grant.id } }));
      onDecided(t(decision === 'confirm' ? 'staff.grantConfirmed' : 'staff.grantRefused'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  if (!grants || grants.length === 0) return null;
  return (
    <section className="card" aria-labelledby="pending-grants-title" data-testid="pending-grants">
      <h2 id="pending-grants-title">{t('staff.grantsTitle')}</h2>
      <p className="muted">{t('staff.grantsIntro')}</p>
      {error && <Notice tone="error">{error}</Notice>}
      <ul className="plain-list">
        {grants.map((g) => (
          <li key={g.id} data-testid={`grant-${g.username}-${g.role}`}>
            <strong>
              {t('staff.grantFor', { name: g.name, username: g.username, role: t(roleKey(g.role)) })}
            </strong>{' '}
            <span className="muted">
              {t('staff.grantAskedBy', {
                name: g.requestedBy.name,
                at: formatDateTime(g.requestedAt, locale),
              })}
            </span>{' '}
            {canDecide &&
              (g.ownRequest ? (
                <span className="muted">{t('staff.grantOwn')}</span>
              ) : (
                <button
                  type="button"
                  className="button button-small button-primary"
                  onClick={() => decide(g, 'confirm')}
                >
                  {t('staff.grantConfirm')}
                </button>
              ))}{' '}
            {canDecide && (
              <button
                type="button"
                className="button button-small button-danger-quiet"
                onClick={() => decide(g, 'refuse')}
              >
                {t('staff.grantRefuse')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
