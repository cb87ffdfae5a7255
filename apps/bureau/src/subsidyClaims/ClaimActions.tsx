import { reasonRequired, subsidyClaimMachine } from '@talent/domain';
import { api, Card, ConfirmDialog, call, Notice, ReasonDialog, useI18n } from '@talent/ui';
import { useState } from 'react';
import type { ClaimView } from '../apiTypes';
import { CaseActionButtons, type Conflict, conflictOf } from '../settlements/CaseActions';

/** The bureau's events of the claim machine, in the order the buttons stand. */
const bureauEvents = ['start_review', 'recommend', 'approve', 'return', 'send_back', 'reject'] as const;
type BureauEvent = (typeof bureauEvents)[number];
const withReason = (event: BureauEvent) => reasonRequired(subsidyClaimMachine, event);

/**
 * Exactly the buttons the API accepts for this user now (availableActions): a confirmation for
 * starting, recommending (初审) and approving (复审), a reason for returning, sending back or
 * rejecting. The approver who recommended sees no approve button (four eyes) and is told why.
 */
export function ClaimActions({
  view,
  onDone,
  onConflict,
}: {
  view: ClaimView;
  onDone: (view: ClaimView, event: BureauEvent) => void;
  onConflict: (conflict: Conflict) => void;
}) {
  const { t, tKey } = useI18n();
  const [open, setOpen] = useState<BureauEvent | null>(null);
  const actions = bureauEvents.filter((e) => view.availableActions.includes(e));
  const fire = async (event: BureauEvent, reason?: string) => {
    try {
      const { item } = await call(
        api['subsidy-claims'][':id'].events.$post({
          param: { id: view.id },
          json: { event, version: view.version, ...(reason ? { reason } : {}) },
        }),
      );
      setOpen(null);
      onDone(item, event);
    } catch (error) {
      const conflict = conflictOf(error, view);
      if (!conflict) throw error;
      setOpen(null);
      onConflict(conflict);
    }
  };
  return (
    <Card title={t('case.actions')} testId="claim-actions">
      {view.recommendedByCaller && (
        <Notice tone="info" testId="claim-four-eyes">
          {t('subsidyCase.fourEyes')}
        </Notice>
      )}
      <CaseActionButtons
        actions={actions}
        prefix="claim"
        quiet={(event) => withReason(event)}
        onOpen={setOpen}
      />
      <ConfirmDialog
        open={open !== null && !withReason(open)}
        title={open ? tKey(`subsidy.confirm.${open}.title`) : ''}
        message={open ? tKey(`subsidy.confirm.${open}.message`) : ''}
        confirmLabel={open ? tKey(`action.${open}`) : undefined}
        onConfirm={() => (open ? fire(open) : undefined)}
        onCancel={() => setOpen(null)}
        testId="confirm-action"
      />
      {open !== null && withReason(open) && (
        <ReasonDialog
          title={tKey(`action.${open}`)}
          hint={tKey(`subsidy.reason.${open}`)}
          summary={view.number}
          submitLabel={tKey(`action.${open}`)}
          onSubmit={(reason) => fire(open, reason)}
          onClose={() => setOpen(null)}
          testId={`reason-dialog-${open}`}
        />
      )}
    </Card>
  );
}
