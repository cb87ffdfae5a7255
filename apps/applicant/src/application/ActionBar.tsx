import { api, ConfirmDialog, call, useI18n } from '@talent/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ApplicationView } from '../queries';

const confirmable = ['submit', 'resubmit', 'withdraw'] as const;
type Action = (typeof confirmable)[number];

/**
 * The applicant's buttons: exactly the actions the machine allows now (the view's availableActions),
 * each confirmed first. A refusal (someone acted meanwhile) shows the API's message and the case
 * reloads to its current state.
 */
export function ActionBar({
  view,
  onChange,
  onStale,
}: {
  view: ApplicationView;
  onChange: (view: ApplicationView) => void;
  onStale: () => void;
}) {
  const { t, tKey } = useI18n();
  const [pending, setPending] = useState<Action | null>(null);
  const editable = view.state === 'draft' || view.state === 'returned';
  const actions = confirmable.filter((a) => view.availableActions.includes(a));
  const fire = async (event: Action) => {
    try {
      const { item } = await call(
        api.settlements[':id'].events.$post({
          param: { id: view.id },
          json: { event, version: view.version },
        }),
      );
      setPending(null);
      onChange(item);
    } catch (e) {
      onStale();
      throw e;
    }
  };
  if (!editable && actions.length === 0) return null;
  return (
    <div className="action-bar" data-testid="action-bar">
      {editable && (
        <Link to={`/applications/${view.id}/edit`} className="button" data-testid="edit-application">
          {t('application.edit')}
        </Link>
      )}
      {actions.map((a) => (
        <button
          key={a}
          type="button"
          className={`button ${a === 'withdraw' ? 'button-danger-quiet' : 'button-primary'}`}
          data-testid={`action-${a}`}
          onClick={() => setPending(a)}
        >
          {tKey(`action.${a}`)}
        </button>
      ))}
      <ConfirmDialog
        open={pending !== null}
        title={pending ? tKey(`application.confirm.${pending}.title`) : ''}
        message={pending ? tKey(`application.confirm.${pending}.message`) : ''}
        tone={pending === 'withdraw' ? 'danger' : 'primary'}
        confirmLabel={pending ? tKey(`action.${pending}`) : undefined}
        onConfirm={() => (pending ? fire(pending) : undefined)}
        onCancel={() => setPending(null)}
        testId="confirm-action"
      />
    </div>
  );
}
