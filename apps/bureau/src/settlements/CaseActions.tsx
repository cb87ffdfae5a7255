import { reasonRequired, settlementMachine } from '@talent/domain';
import {
  api,
  Card,
  ConfirmDialog,
  call,
  isApiError,
  Notice,
  ReasonDialog,
  useCurrentUser,
  useI18n,
} from '@talent/ui';
import { useState } from 'react';
import type { ApplicationView } from '../apiTypes';
import { RegisterDialog, type Registration } from './RegisterDialog';

/** The bureau's events of the settlement machine, in the order the buttons stand. */
const bureauEvents = ['start_review', 'approve', 'return', 'reject', 'pull_back', 'register'] as const;
type BureauEvent = (typeof bureauEvents)[number];
const confirmed = new Set<BureauEvent>(['start_review', 'approve']);
// Returning, rejecting and pulling back an instant approval (秒批, 二(一)5) tell the applicant why.
const withReason = (event: BureauEvent) => reasonRequired(settlementMachine, event);
type EventBody = Parameters<(typeof api.settlements)[':id']['events']['$post']>[0]['json'];

/** The state and version the API reports with a 409, when someone else changed the case meanwhile. */
export type Conflict = { state: string; version: number };

/** A 409 because someone else changed the record meanwhile (any record with a state and a version). */
export function conflictOf(error: unknown, view: { state: string; version: number }): Conflict | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const d = error.details as { state?: unknown; version?: unknown } | undefined;
  if (typeof d?.state !== 'string' || typeof d.version !== 'number') return null;
  // same state and version: the machine refused for a reason of its own (a guard), not a race
  if (d.state === view.state && d.version === view.version) return null;
  return { state: d.state, version: d.version };
}

/**
 * Exactly the buttons the API accepts for this user now (the view's availableActions): confirmation
 * for starting a review and approving, a reason for returning, rejecting or pulling back an instant
 * approval, the registrar's form for registering. A 409 because someone else acted goes to the page, which says so and offers a reload.
 */
export function CaseActions({
  view,
  onDone,
  onConflict,
}: {
  view: ApplicationView;
  onDone: (view: ApplicationView, event: BureauEvent) => void;
  onConflict: (conflict: Conflict) => void;
}) {
  const { t, tKey } = useI18n();
  const [open, setOpen] = useState<BureauEvent | null>(null);
  const actions = bureauEvents.filter((e) => view.availableActions.includes(e));

  const fire = async <B extends EventBody & { event: BureauEvent }>(body: B) => {
    try {
      const { item } = await call(
        api.settlements[':id'].events.$post({ param: { id: view.id }, json: body }),
      );
      setOpen(null);
      onDone(item, body.event);
    } catch (error) {
      const conflict = conflictOf(error, view);
      if (!conflict) throw error;
      setOpen(null);
      onConflict(conflict);
    }
  };

  return (
    <Card title={t('case.actions')} testId="case-actions">
      <CaseActionButtons
        actions={actions}
        prefix="case"
        quiet={(event) => event === 'return' || event === 'pull_back'}
        onOpen={setOpen}
      />
      <ConfirmDialog
        open={open !== null && confirmed.has(open)}
        title={open ? tKey(`case.confirm.${open}.title`) : ''}
        message={open ? tKey(`case.confirm.${open}.message`) : ''}
        confirmLabel={open ? tKey(`action.${open}`) : undefined}
        onConfirm={() =>
          open && open !== 'register' ? fire({ event: open, version: view.version }) : undefined
        }
        onCancel={() => setOpen(null)}
        testId="confirm-action"
      />
      {open !== null && open !== 'register' && withReason(open) && (
        <ReasonDialog
          title={tKey(`case.reason.${open}.title`)}
          hint={tKey(`case.reason.${open}.hint`)}
          summary={view.number}
          submitLabel={tKey(`action.${open}`)}
          onSubmit={(reason) => fire({ event: open, version: view.version, reason })}
          onClose={() => setOpen(null)}
          testId={`reason-dialog-${open}`}
        />
      )}
      {open === 'register' && (
        <RegisterDialog
          view={view}
          onSubmit={(registration: Registration) =>
            fire({ event: 'register', version: view.version, ...registration })
          }
          onClose={() => setOpen(null)}
        />
      )}
    </Card>
  );
}

/**
 * A case's action buttons (reject quiet and red, the other reasoned ones quiet, the rest primary),
 * or why there are none: an auditor only reads. Each opens its confirmation, reason or form.
 */
export function CaseActionButtons<E extends string>({
  actions,
  prefix,
  quiet,
  onOpen,
}: {
  actions: readonly E[];
  prefix: string;
  quiet: (event: E) => boolean;
  onOpen: (event: E) => void;
}) {
  const { t, tKey } = useI18n();
  const user = useCurrentUser();
  if (actions.length === 0) {
    const readOnly = user.roles.length > 0 && user.roles.every((r) => r === 'auditor');
    return (
      <Notice tone="neutral" testId={`${prefix}-no-actions`}>
        {readOnly ? t('case.auditorNote') : t('case.noActions')}
      </Notice>
    );
  }
  return (
    <div className="case-action-buttons">
      {actions.map((event) => (
        <button
          key={event}
          type="button"
          className={`button ${event === 'reject' ? 'button-danger-quiet' : quiet(event) ? '' : 'button-primary'}`}
          onClick={() => onOpen(event)}
          data-testid={`action-${event}`}
        >
          {tKey(`action.${event}`)}
        </button>
      ))}
    </div>
  );
}
