import {
  type DisbursementBatchEvent,
  disbursementBatchMachine,
  formatFen,
  mayCall,
  reasonRequired,
} from '@talent/domain';
import {
  api,
  apiErrorText,
  Badge,
  Card,
  ConfirmDialog,
  call,
  Facts,
  formatDate,
  formatDateTime,
  isApiError,
  LoadingScreen,
  Notice,
  PageHeader,
  ReasonDialog,
  useCurrentUser,
  useI18n,
} from '@talent/ui';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { BatchLines } from './BatchLines';
import { type BatchDone, BatchImports, BatchResults } from './BatchResults';
import { type Batch, batchStateTone } from './types';

// Sending the roster to the bank has its own route, not the machine's `export` event.
type Event = Exclude<DisbursementBatchEvent, 'export'>;
type Dialogs = Event | 'send' | null;
/** Sending back and cancelling say why (the machine's spec); the others are confirmed. */
const withReason = (dialog: Dialogs): dialog is Event =>
  dialog !== null && dialog !== 'send' && reasonRequired(disbursementBatchMachine, dialog);

/**
 * One batch: its figures and who did what; approve (never its preparer — the button says why),
 * send back or cancel with a reason; the roster as CSV or XLSX; the bank's result file with upload
 * progress and, when refused, the line-by-line report; reconcile; the roster's lines, masked.
 */
export function BatchPage() {
  const { id = '' } = useParams();
  const { t, tKey, locale } = useI18n();
  const user = useCurrentUser();
  const finance = mayCall('POST /api/disbursements/{id}/events', user);
  const queryClient = useQueryClient();
  const batchQuery = queryOptions({
    queryKey: ['disbursements', id],
    queryFn: ({ signal }) => call(api.disbursements[':id'].$get({ param: { id } }, { init: { signal } })),
  });
  const { data: batch, error } = useQuery(batchQuery);
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [done, setDone] = useState<BatchDone | null>(null);
  const roster = `/api/disbursements/${encodeURIComponent(id)}/roster`;
  const money = (fen: number) => formatFen(fen, locale);
  /** The batch, its imports and its lines, fresh. */
  const reload = () => queryClient.invalidateQueries({ queryKey: batchQuery.queryKey });

  if (error) {
    return (
      <div className="page">
        <Notice tone="error" testId="batch-load-error">
          {t('batch.loadFailed', {
            message: isApiError(error) ? apiErrorText(error, tKey) : t('error.internal'),
          })}
        </Notice>
        <Link to="/disbursements">{t('batch.back')}</Link>
      </div>
    );
  }
  if (!batch) return <LoadingScreen />;
  const { version } = batch;

  /**
   * Fires an event with the version on screen (sending to the bank has its own route); someone else's
   * change first (409) reloads and says so.
   */
  const fire = async (event: Event | 'send', text?: string, reason?: string) => {
    const param = { id };
    try {
      const next =
        event === 'send'
          ? await call(api.disbursements[':id'].send.$post({ param, json: { version } }))
          : await call(api.disbursements[':id'].events.$post({ param, json: { event, version, reason } }));
      queryClient.setQueryData(batchQuery.queryKey, next);
      setDialog(null);
      setDone(text ? { tone: 'success', text } : null);
      await reload();
    } catch (e) {
      if (isApiError(e) && e.code === 'conflict') {
        setDialog(null);
        setDone({ tone: 'warning', text: `${apiErrorText(e, tKey)} ${t('batch.stale')}` });
        await reload();
        return;
      }
      throw e;
    }
  };

  const can = (event: Batch['actions'][number]) => finance && batch.actions.includes(event);
  const approveRefusal = batch.refusals.approve;
  const exportable = finance && (batch.state === 'approved' || batch.state === 'exported');
  return (
    <div className="page">
      <PageHeader
        title={`${t('batches.title')} ${batch.number}`}
        actions={
          <Badge tone={batchStateTone[batch.state]} testId="batch-state">
            {t(`batchState.${batch.state}`)}
          </Badge>
        }
      >
        <Link to="/disbursements">{t('batch.back')}</Link>
      </PageHeader>
      {done && (
        <Notice tone={done.tone} testId="batch-done">
          {done.text}
        </Notice>
      )}
      <Card>
        <Facts
          items={[
            { label: t('batches.dueAsOf'), value: formatDate(batch.dueAsOf, locale) },
            { label: t('batches.lines'), value: batch.lineCount, testId: 'batch-lines' },
            { label: t('batches.total'), value: money(batch.totalFen), testId: 'batch-total' },
            {
              label: t('batches.paid'),
              value: `${batch.paidCount} / ${money(batch.paidFen)}`,
              testId: 'batch-paid',
            },
            { label: t('batches.failed'), value: batch.failedCount, testId: 'batch-failed' },
            { label: t('batch.pending'), value: batch.pendingCount },
            {
              label: t('batches.preparedBy'),
              value: `${batch.preparedBy.name} · ${formatDateTime(batch.preparedAt, locale)}`,
            },
            {
              label: t('batches.approvedBy'),
              value: batch.approvedBy
                ? `${batch.approvedBy.name} · ${formatDateTime(batch.approvedAt ?? '', locale)}`
                : '—',
            },
            {
              label: t('batch.exportedAt'),
              value: batch.exportedAt ? formatDateTime(batch.exportedAt, locale) : '—',
            },
            { label: t('batch.sentBy'), value: batch.sentBy?.name ?? '—' },
            {
              label: t('batch.reconciledAt'),
              value: batch.reconciledAt ? formatDateTime(batch.reconciledAt, locale) : '—',
            },
            ...(batch.cancelReason ? [{ label: t('batch.cancelReason'), value: batch.cancelReason }] : []),
          ]}
        />
        {batch.withdrawnCount > 0 && (
          <Notice tone="warning" testId="batch-withdrawn">
            {t('batch.withdrawn', { count: batch.withdrawnCount, total: money(batch.withdrawnFen) })}
          </Notice>
        )}
        {finance && batch.state === 'prepared' && approveRefusal && (
          <p className="hint" data-testid="four-eyes-hint">
            {t('batch.fourEyesHint')}
          </p>
        )}
        <div className="page-actions">
          {finance && batch.state === 'prepared' && (
            <button
              type="button"
              className="button button-primary"
              disabled={!can('approve')}
              title={approveRefusal ? tKey(approveRefusal) : undefined}
              onClick={() => setDialog('approve')}
              data-testid="approve-batch"
            >
              {t('batch.approve')}
            </button>
          )}
          {can('send_back') && (
            <button
              type="button"
              className="button"
              onClick={() => setDialog('send_back')}
              data-testid="send-back-batch"
            >
              {t('batch.sendBack')}
            </button>
          )}
          {can('cancel') && (
            <button
              type="button"
              className="button button-danger"
              onClick={() => setDialog('cancel')}
              data-testid="cancel-batch"
            >
              {t('batch.cancel')}
            </button>
          )}
          {can('reconcile') && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setDialog('reconcile')}
              data-testid="reconcile-batch"
            >
              {t('batch.reconcile')}
            </button>
          )}
        </div>
      </Card>

      {finance && (
        <Card title={t('batch.rosterTitle')}>
          {exportable ? (
            <>
              <p className="hint">{t('batch.exportHint')}</p>
              <div className="page-actions">
                {(['csv', 'xlsx'] as const).map((format) => (
                  <a
                    key={format}
                    className="button"
                    href={`${roster}.${format}`}
                    download
                    data-testid={`roster-${format}`}
                  >
                    {format === 'csv' ? t('batch.exportCsv') : t('batch.exportXlsx')}
                  </a>
                ))}
                {can('export') && (
                  <button
                    type="button"
                    className="button button-primary"
                    onClick={() => setDialog('send')}
                    data-testid="send-batch"
                  >
                    {t('batch.send')}
                  </button>
                )}
              </div>
            </>
          ) : (
            <p className="hint">{t('batch.exportNotYet')}</p>
          )}
        </Card>
      )}

      {finance && batch.state === 'exported' && <BatchResults id={id} onDone={setDone} />}
      <BatchImports id={id} />

      <BatchLines id={id} />

      <ConfirmDialog
        open={dialog === 'approve'}
        title={t('batch.approveTitle', { number: batch.number })}
        message={t('batch.approveMessage', { count: batch.lineCount, total: money(batch.totalFen) })}
        confirmLabel={t('batch.approve')}
        onConfirm={() => fire('approve', t('batch.approved'))}
        onCancel={() => setDialog(null)}
        testId="approve-dialog"
      />
      <ConfirmDialog
        open={dialog === 'send'}
        title={t('batch.sendTitle', { number: batch.number })}
        message={t('batch.sendMessage', { count: batch.lineCount, total: money(batch.totalFen) })}
        confirmLabel={t('batch.send')}
        onConfirm={() => fire('send', t('batch.sent'))}
        onCancel={() => setDialog(null)}
        testId="send-dialog"
      />
      <ConfirmDialog
        open={dialog === 'reconcile'}
        title={t('batch.reconcileTitle')}
        message={t('batch.reconcileMessage', {
          count: batch.lineCount,
          paid: batch.paidCount,
          failed: batch.failedCount,
        })}
        confirmLabel={t('batch.reconcile')}
        onConfirm={() => fire('reconcile', t('batch.reconciled'))}
        onCancel={() => setDialog(null)}
        testId="reconcile-dialog"
      />
      {withReason(dialog) && (
        <ReasonDialog
          title={dialog === 'send_back' ? t('batch.sendBackTitle') : t('batch.cancelTitle')}
          hint={dialog === 'send_back' ? t('batch.sendBackHint') : t('batch.cancelHint')}
          submitLabel={dialog === 'send_back' ? t('batch.sendBack') : t('batch.cancel')}
          onSubmit={(reason) => fire(dialog, t('batch.cancelled'), reason)}
          onClose={() => setDialog(null)}
          testId={`${dialog}-dialog`}
        />
      )}
    </div>
  );
}
