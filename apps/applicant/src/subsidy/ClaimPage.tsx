import {
  AwardSummary,
  api,
  Card,
  ConfirmDialog,
  call,
  EligibilityTrace,
  Facts,
  FormError,
  isApiError,
  Notice,
  PageHeader,
  PaymentHistory,
  StatusTimeline,
  SubmitButton,
  subsidyClaimTimelineSteps,
  type TraceEvaluation,
  useFormSubmit,
  useI18n,
} from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { type ClaimView, claimKey, claimQuery } from '../queries';
import { BankFields, useBankForm } from './BankFields';

const claims = api['subsidy-claims'];

/**
 * One claim: where it is and who holds it, the award (once fixed at 复审) with every instalment, the
 * payment history (scheduled, paid, failed, reissued), and what the claimant may do: withdraw before
 * the first check decides, or correct the account and resubmit a returned claim.
 */
export function ClaimPage() {
  const { id } = useParams();
  const { t, tKey } = useI18n();
  const queryClient = useQueryClient();
  const resource = useQuery(claimQuery(id ?? ''));
  const [confirming, setConfirming] = useState(false);
  const [stale, setStale] = useState(false);
  const view = resource.data;
  if (!view) return resource.error ? <FormError error={resource.error} /> : <p className="muted">…</p>;
  const update = (item: ClaimView) => queryClient.setQueryData(claimKey(item.id), item);
  const withdraw = async () => {
    try {
      const { item } = await call(
        claims[':id'].events.$post({
          param: { id: view.id },
          json: { event: 'withdraw', version: view.version },
        }),
      );
      setConfirming(false);
      update(item);
    } catch (e) {
      if (isApiError(e) && e.status === 409) setStale(true);
      void resource.refetch();
      throw e;
    }
  };
  return (
    <div className="page" data-testid="claim-page">
      <PageHeader title={t('subsidy.page.title', { number: view.number })}>
        <p className="muted mono" data-testid="claim-number">
          {view.number}
        </p>
      </PageHeader>
      {stale && (
        <Notice tone="warning" testId="claim-stale">
          {t('subsidy.stale')}
        </Notice>
      )}
      {view.state === 'returned' && view.decisionReason && (
        <Notice tone="warning" testId="returned-reason">
          <strong>{t('subsidy.page.returned')}</strong> {view.decisionReason}
        </Notice>
      )}
      {view.state === 'rejected' && view.decisionReason && (
        <Notice tone="error" testId="rejected-reason">
          <strong>{t('subsidy.page.rejected')}</strong> {view.decisionReason}
        </Notice>
      )}
      {view.availableActions.includes('resubmit') && <Resubmit view={view} onChange={update} />}
      {view.availableActions.includes('withdraw') && (
        <div className="action-bar">
          <button
            type="button"
            className="button button-danger-quiet"
            data-testid="action-withdraw"
            onClick={() => setConfirming(true)}
          >
            {tKey('action.withdraw')}
          </button>
          <ConfirmDialog
            open={confirming}
            title={t('subsidy.confirm.withdraw.title')}
            message={t('subsidy.confirm.withdraw.message')}
            tone="danger"
            confirmLabel={tKey('action.withdraw')}
            onConfirm={withdraw}
            onCancel={() => setConfirming(false)}
            testId="confirm-withdraw"
          />
        </div>
      )}
      <Card title={t('subsidy.page.status')} testId="claim-status">
        <StatusTimeline
          steps={subsidyClaimTimelineSteps}
          state={view.state}
          holder={view.holder}
          dueOn={view.state === 'submitted' || view.state === 'under_review' ? view.dueOn : null}
          history={view.history}
        />
      </Card>
      {view.award && (
        <Card title={t('subsidy.page.award')} testId="claim-award">
          <AwardSummary award={view.award.calculation} estimate={view.award.state === 'pending'} />
        </Card>
      )}
      {view.award && (
        <Card title={t('subsidy.page.payments')} testId="claim-payments">
          <PaymentHistory payments={view.award.payments} />
        </Card>
      )}
      <Card title={t('subsidy.page.claim')} testId="claim-details">
        <Facts
          items={[
            { label: t('subsidy.page.tier'), value: tKey(`tier.${view.tier}`) },
            { label: t('subsidy.page.claimDate'), value: view.claimDate ?? '—' },
            {
              label: t('subsidy.page.bank'),
              value: `${view.bank.name} ${view.bank.account}`,
              testId: 'claim-bank',
            },
            { label: t('subsidy.page.employer'), value: view.employer?.name ?? '—' },
            { label: t('subsidy.page.settlement'), value: view.settlement.number },
          ]}
        />
      </Card>
      {view.eligibility && (
        <Card title={t('subsidy.page.eligibility')} testId="claim-eligibility">
          <EligibilityTrace evaluation={view.eligibility as unknown as TraceEvaluation} />
        </Card>
      )}
    </div>
  );
}

/** A returned claim: the account corrected (the reason usually says what was wrong), then resubmitted. */
function Resubmit({ view, onChange }: { view: ClaimView; onChange: (view: ClaimView) => void }) {
  const { t } = useI18n();
  const form = useBankForm(view.bank.name);
  const { onSubmit, pending, error } = useFormSubmit(form, async (values) => {
    const { item: corrected } = await call(
      claims[':id'].$put({ param: { id: view.id }, json: { ...values, version: view.version } }),
    );
    const { item } = await call(
      claims[':id'].events.$post({
        param: { id: view.id },
        json: { event: 'resubmit', version: corrected.version },
      }),
    );
    onChange(item);
  });
  return (
    <Card testId="resubmit-card">
      <form onSubmit={onSubmit} noValidate className="form" data-testid="resubmit-form">
        <BankFields form={form} />
        <FormError error={error} />
        <SubmitButton pending={pending} testId="claim-resubmit">
          {t('subsidy.claim.resubmit')}
        </SubmitButton>
      </form>
    </Card>
  );
}
