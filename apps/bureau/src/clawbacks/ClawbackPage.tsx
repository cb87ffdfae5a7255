import { formatFen } from '@talent/domain';
import {
  api,
  apiErrorText,
  Badge,
  Card,
  ConfirmDialog,
  call,
  countyName,
  Facts,
  formatDate,
  formatDateTime,
  isApiError,
  LoadingScreen,
  Notice,
  PageHeader,
  ReasonDialog,
  useI18n,
} from '@talent/ui';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { stageTone } from './ClawbacksPage';
import { RecoverDialog } from './RecoverDialog';

type Open = 'assess' | 'recover' | 'waive' | null;
type ClawbackEvent = Parameters<(typeof api.bureau.clawbacks)[':id']['events']['$post']>[0]['json'];

/**
 * One departure within the service commitment: the award and its instalments, the calculation
 * explained (months served and not, settling-in allowance paid, the amount), and exactly the actions
 * the award machine allows this person now — assess (reviewer), record the repayment (finance), waive
 * with a reason (an approver other than the assessor).
 */
export function ClawbackPage() {
  const { id = '' } = useParams();
  const { t, tKey, locale } = useI18n();
  const queryClient = useQueryClient();
  const clawbackQuery = queryOptions({
    queryKey: ['bureau', 'clawbacks', id],
    queryFn: ({ signal }) => call(api.bureau.clawbacks[':id'].$get({ param: { id } }, { init: { signal } })),
  });
  const { data: view, error, refetch } = useQuery(clawbackQuery);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);

  if (error) {
    return (
      <div className="page">
        <Notice tone="error" testId="clawback-load-error">
          {isApiError(error) ? apiErrorText(error, tKey) : t('error.internal')}
        </Notice>
        <Link to="/clawbacks">{t('clawbacks.back')}</Link>
      </div>
    );
  }
  if (!view) return <LoadingScreen />;

  const money = (fen: number) => formatFen(fen, locale);
  const months = (n: number) => t('clawbacks.monthsValue', { months: n });
  const calc = view.calculation;
  const stage = view.clawback?.state ?? (view.state === 'stopped' ? 'to_assess' : 'closed');
  const act = async (body: ClawbackEvent) => {
    try {
      const next = await call(
        api.bureau.clawbacks[':id'].events.$post({
          param: { id: view.awardId },
          json: body,
        }),
      );
      queryClient.setQueryData(clawbackQuery.queryKey, next);
      setOpen(null);
      setNotice({ tone: 'success', text: t('clawbacks.done') });
    } catch (e) {
      if (
        isApiError(e) &&
        e.code === 'conflict' &&
        e.details &&
        (e.details as { version?: number }).version
      ) {
        setOpen(null);
        setNotice({ tone: 'warning', text: t('clawbacks.stale') });
        void refetch();
        return;
      }
      throw e;
    }
  };
  const can = (event: string) => view.actions.includes(event);

  return (
    <div className="page">
      <PageHeader
        title={t('clawbacks.detailTitle', { name: view.name })}
        actions={
          <span className="row-actions">
            {(can('assess_clawback') || can('close_without_clawback')) && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => setOpen('assess')}
                data-testid="clawback-assess"
              >
                {t('clawbacks.assess')}
              </button>
            )}
            {can('record_repayment') && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => setOpen('recover')}
                data-testid="clawback-recover"
              >
                {t('clawbacks.recover')}
              </button>
            )}
            {can('waive_clawback') && (
              <button
                type="button"
                className="button"
                onClick={() => setOpen('waive')}
                data-testid="clawback-waive"
              >
                {t('clawbacks.waive')}
              </button>
            )}
          </span>
        }
      >
        <Badge tone={stageTone[stage]} testId="clawback-stage">
          {t(`clawbacks.tab.${stage}`)}
        </Badge>
      </PageHeader>
      <Link to="/clawbacks">{t('clawbacks.back')}</Link>
      {notice && (
        <Notice tone={notice.tone} testId="clawback-notice">
          {notice.text}
        </Notice>
      )}
      {view.actions.length === 0 && stage !== 'recovered' && stage !== 'waived' && stage !== 'closed' && (
        <Notice tone="neutral">{t('clawbacks.readOnly')}</Notice>
      )}

      <Card title={t('clawbacks.award')}>
        <Facts
          items={[
            { label: t('clawbacks.employer'), value: view.employerName },
            { label: t('clawbacks.tier'), value: tKey(`tier.${view.tier}`) },
            { label: t('clawbacks.county'), value: countyName(view.countyCode, locale) },
            {
              label: t('clawbacks.policyVersion'),
              value: <span className="mono">{view.policyVersionId}</span>,
            },
            { label: t('clawbacks.total'), value: money(view.totalFen) },
            { label: t('clawbacks.startDate'), value: formatDate(view.startDate, locale) },
            { label: t('clawbacks.serviceEndsOn'), value: formatDate(view.serviceEndsOn, locale) },
            { label: t('clawbacks.departedOn'), value: formatDate(view.departure.departedOn, locale) },
            {
              label: t('clawbacks.reportedBy'),
              value: `${view.departure.reportedBy} · ${formatDateTime(view.departure.reportedAt, locale)}`,
            },
            {
              label: t('clawbacks.lines'),
              value: (
                <ul className="plain-list" data-testid="clawback-lines">
                  {view.lines.map((l) => (
                    <li key={l.state}>
                      {t('clawbacks.lineSummary', {
                        state: tKey(`state.${l.state}`),
                        count: l.count,
                        amount: money(l.fen),
                      })}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </Card>

      <Card title={t('clawbacks.calculation')} testId="clawback-calculation">
        {view.preview && <Notice tone="neutral">{t('clawbacks.preview')}</Notice>}
        <Facts
          items={[
            { label: t('clawbacks.commitment'), value: months(calc.commitmentMonths) },
            { label: t('clawbacks.served'), value: months(calc.servedMonths) },
            { label: t('clawbacks.unservedMonths'), value: months(calc.unservedMonths) },
            { label: t('clawbacks.paidSettlingIn'), value: money(calc.paidSettlingInFen) },
            {
              label: t('clawbacks.stopped'),
              value: t('clawbacks.lineState', {
                count: calc.stoppedLineCount,
                amount: money(calc.stoppedFen),
              }),
            },
            {
              label: t('clawbacks.amount'),
              value: <strong data-testid="clawback-amount">{money(calc.clawbackFen)}</strong>,
            },
            { label: t('clawbacks.clause'), value: calc.clause },
          ]}
        />
        <p className="muted">{t('clawbacks.formula')}</p>
        <p data-testid="clawback-explanation">{calc.explanation[locale]}</p>
      </Card>

      {view.clawback && (
        <Card title={t('clawbacks.outcome')} testId="clawback-outcome">
          <Facts
            items={[
              { label: t('clawbacks.amount'), value: money(view.clawback.amountFen) },
              {
                label: t('clawbacks.assessedBy'),
                value: `${view.clawback.assessedBy} · ${formatDateTime(view.clawback.assessedAt, locale)}`,
              },
              ...(view.clawback.recoveredOn
                ? [
                    {
                      label: t('clawbacks.recoveredOn'),
                      value: formatDate(view.clawback.recoveredOn, locale),
                    },
                    { label: t('clawbacks.recordedBy'), value: view.clawback.recordedBy ?? '—' },
                  ]
                : []),
              ...(view.clawback.waivedBy
                ? [
                    { label: t('clawbacks.waivedBy'), value: view.clawback.waivedBy },
                    { label: t('clawbacks.waiveReason'), value: view.clawback.waiveReason ?? '—' },
                  ]
                : []),
            ]}
          />
        </Card>
      )}

      <ConfirmDialog
        open={open === 'assess'}
        title={t('clawbacks.assess')}
        message={
          calc.clawbackFen > 0
            ? t('clawbacks.assessConfirm', { amount: money(calc.clawbackFen) })
            : t('clawbacks.closeConfirm')
        }
        confirmLabel={t('clawbacks.assess')}
        onConfirm={() =>
          act({
            event: can('assess_clawback') ? 'assess_clawback' : 'close_without_clawback',
            version: view.version,
          })
        }
        onCancel={() => setOpen(null)}
        testId="assess-dialog"
      />
      {open === 'recover' && view.clawback && (
        <RecoverDialog
          title={t('clawbacks.recoverTitle', { amount: money(view.clawback.amountFen) })}
          onSubmit={(recoveredOn) => act({ event: 'record_repayment', version: view.version, recoveredOn })}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'waive' && view.clawback && (
        <ReasonDialog
          title={t('clawbacks.waiveTitle', { amount: money(view.clawback.amountFen) })}
          hint={t('clawbacks.waiveHint')}
          submitLabel={t('clawbacks.waive')}
          onSubmit={(reason) => act({ event: 'waive_clawback', version: view.version, reason })}
          onClose={() => setOpen(null)}
          testId="waive-dialog"
        />
      )}
    </div>
  );
}
