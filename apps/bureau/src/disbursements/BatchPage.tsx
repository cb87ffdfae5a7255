import { disbursementBatchMachine, formatFen, reasonRequired } from '@talent/domain';
import {
  apiErrorText,
  apiFetch,
  Badge,
  Card,
  ConfirmDialog,
  DataTable,
  type DataTableFetcher,
  Facts,
  formatDateTime,
  isApiError,
  LoadingScreen,
  Notice,
  PageHeader,
  ReasonDialog,
  RowReport,
  uploadWithProgress,
  useCurrentUser,
  useI18n,
} from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDate } from '../labels';
import {
  type Batch,
  batchStateTone,
  type ImportList,
  type ImportReport,
  type Line,
  type LinePage,
  lineResultTone,
} from './types';

type Dialogs = 'approve' | 'send_back' | 'cancel' | 'reconcile' | 'send' | null;
type Issue = ImportReport['issues'][number];

/**
 * One batch: its figures and who did what; approve (never its preparer — the button says why),
 * send back or cancel with a reason; the roster as CSV or XLSX; the bank's result file with upload
 * progress and, when refused, the line-by-line report; reconcile; the roster's lines, masked.
 */
export function BatchPage() {
  const { id = '' } = useParams();
  const { t, tKey, locale } = useI18n();
  const user = useCurrentUser();
  const finance = user.roles.includes('finance');
  const [batch, setBatch] = useState<Batch | null>(null);
  const [imports, setImports] = useState<ImportList['items']>([]);
  const [error, setError] = useState<unknown>(null);
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [done, setDone] = useState<{ tone: 'success' | 'warning' | 'error'; text: string } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<Issue[] | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [checkOnly, setCheckOnly] = useState(false);
  const path = `/api/disbursements/${encodeURIComponent(id)}`;
  const money = (fen: number) => formatFen(fen, locale);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const [b, i] = await Promise.all([
          apiFetch<Batch>(path, signal ? { signal } : {}),
          apiFetch<ImportList>(`${path}/imports`, signal ? { signal } : {}),
        ]);
        setBatch(b);
        setImports(i.items);
        setError(null);
        setReloadKey((k) => k + 1);
      } catch (e) {
        if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e);
      }
    },
    [path],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const fetcher = useCallback<DataTableFetcher<Line>>(
    (query, signal) =>
      apiFetch<LinePage>(`${path}/lines`, { query: { page: query.page, pageSize: query.pageSize }, signal }),
    [path],
  );
  const columns = useMemo(() => {
    const col = createColumnHelper<Line>();
    const m = (fen: number) => formatFen(fen, locale);
    return [
      col.accessor('lineNo', { header: t('batch.lineNo'), enableSorting: false, meta: { className: 'num' } }),
      col.accessor('payeeName', { header: t('batch.payee'), enableSorting: false }),
      col.accessor('bankName', { header: t('batch.bank'), enableSorting: false }),
      col.accessor('account', {
        header: t('batch.account'),
        enableSorting: false,
        cell: (i) => <span className="mono">{i.getValue()}</span>,
      }),
      col.accessor('amountFen', {
        header: t('batch.amount'),
        enableSorting: false,
        cell: (i) => m(i.getValue()),
        meta: { className: 'num', csv: (row) => m(row.amountFen) },
      }),
      col.display({
        id: 'instalment',
        header: t('batch.instalment'),
        cell: (i) => instalment(i.row.original),
        meta: { csv: (row) => instalment(row) },
      }),
      col.accessor('dueDate', {
        header: t('batch.dueDate'),
        enableSorting: false,
        cell: (i) => formatDate(i.getValue(), locale),
      }),
      col.accessor('result', {
        header: t('batch.result'),
        enableSorting: false,
        cell: (i) => (
          <Badge tone={lineResultTone[i.getValue()]} testId={`line-result-${i.row.original.lineNo}`}>
            {t(`lineResult.${i.getValue()}`)}
          </Badge>
        ),
        meta: { csv: (row) => t(`lineResult.${row.result}`) },
      }),
      col.accessor('failureReason', {
        header: t('batch.reason'),
        enableSorting: false,
        cell: (i) => i.getValue() ?? '',
      }),
      col.display({
        id: 'note',
        header: t('batch.note'),
        cell: (i) => {
          const row = i.row.original;
          return (
            <>
              {row.accountChangedSinceLastPayment && (
                <Badge tone="warning" testId={`account-changed-${row.lineNo}`}>
                  {t('batch.accountChanged')}
                </Badge>
              )}{' '}
              {note(row)}
            </>
          );
        },
        meta: {
          csv: (row) =>
            [row.accountChangedSinceLastPayment ? t('batch.accountChanged') : '', note(row)]
              .filter(Boolean)
              .join('; '),
        },
      }),
    ];
    function note(row: Line) {
      if (row.withdrawnReason) return t('batch.withdrawnAwardStopped');
      return row.awardStopped ? t('batch.awardStoppedFlag') : '';
    }
    function instalment(row: Line) {
      return t('batch.instalmentValue', {
        kind: t(`instalmentKind.${row.kind}`),
        sequence: row.sequence,
        of: row.ofCount,
      });
    }
  }, [t, locale]);

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

  /**
   * Fires an event with the version on screen (sending to the bank has its own route); someone else's
   * change first (409) reloads and says so.
   */
  const fire = async (
    event: 'approve' | 'send_back' | 'cancel' | 'reconcile' | 'send',
    reason?: string,
    text?: string,
  ) => {
    try {
      const next = await apiFetch<Batch>(event === 'send' ? `${path}/send` : `${path}/events`, {
        method: 'POST',
        body:
          event === 'send'
            ? { version: batch.version }
            : { event, version: batch.version, ...(reason ? { reason } : {}) },
      });
      setBatch(next);
      setDialog(null);
      setDone(text ? { tone: 'success', text } : null);
      await load();
    } catch (e) {
      if (isApiError(e) && e.code === 'conflict') {
        setDialog(null);
        setDone({ tone: 'warning', text: `${apiErrorText(e, tKey)} ${t('batch.stale')}` });
        await load();
        return;
      }
      throw e;
    }
  };

  const upload = async (file: File) => {
    setReport(null);
    setDone(null);
    setProgress(0);
    try {
      const result = await uploadWithProgress<ImportReport>(
        `${path}/results${checkOnly ? '?check=true' : ''}`,
        file,
        setProgress,
      );
      const counts = { paid: result.paidCount, amount: money(result.paidFen), failed: result.failedCount };
      setDone({
        tone: 'success',
        text: t(result.status === 'validated' ? 'batch.checked' : 'batch.applied', counts),
      });
    } catch (e) {
      const details = isApiError(e) ? (e.details as Partial<ImportReport> | undefined) : undefined;
      if (details?.issues) {
        setReport(details.issues);
        setDone({
          tone: 'error',
          text: t('batch.rejected', { count: details.issueCount ?? details.issues.length }),
        });
      } else {
        setDone({ tone: 'error', text: isApiError(e) ? apiErrorText(e, tKey) : t('error.internal') });
      }
    } finally {
      setProgress(null);
      await load();
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
                    href={`${path}/roster.${format}`}
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

      {finance && batch.state === 'exported' && (
        <Card title={t('batch.results')}>
          <p className="hint">{t('batch.resultsHint')}</p>
          <label className="button">
            {t('batch.chooseFile')}
            <input
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="visually-hidden"
              disabled={progress !== null}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void upload(file);
              }}
              data-testid="results-file"
            />
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={checkOnly}
              onChange={(e) => setCheckOnly(e.currentTarget.checked)}
              data-testid="results-check-only"
            />{' '}
            {t('batch.checkOnly')}
          </label>
          {progress !== null && (
            <p role="status" data-testid="results-progress">
              <progress max={100} value={progress} /> {t('batch.uploading', { percent: progress })}
            </p>
          )}
          {report && (
            <RowReport
              caption={t('batch.reportCaption')}
              rows={report}
              rowNumber={(issue) => issue.row}
              errors={(issue) => [
                tKey(`disbursement.issue.${issue.code}`, issue.column ? { column: issue.column } : undefined),
              ]}
              columns={[
                {
                  id: 'reference',
                  header: t('batch.reportReference'),
                  cell: (issue) => issue.reference ?? '',
                },
              ]}
              convention={t('batch.reportConvention')}
              testId="results-report"
            />
          )}
        </Card>
      )}

      {imports.length > 0 && (
        <Card title={t('batch.imports')}>
          <ul data-testid="batch-imports">
            {imports.map((i) => (
              <li key={i.id}>
                <Badge
                  tone={i.status === 'applied' ? 'success' : i.status === 'validated' ? 'info' : 'error'}
                >
                  {t(`batch.importStatus.${i.status}`)}
                </Badge>{' '}
                {t('batch.importLine', {
                  file: i.fileName,
                  rows: i.rowCount,
                  paid: i.paidCount,
                  failed: i.failedCount,
                  issues: i.issueCount,
                  by: i.createdBy,
                  at: formatDateTime(i.createdAt, locale),
                })}
              </li>
            ))}
          </ul>
        </Card>
      )}

      <h2>{t('batch.linesTitle')}</h2>
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('batch.linesTitle')}
        getRowId={(row) => row.id}
        reloadKey={reloadKey}
        exportFileName={t('batch.linesExportName')}
        testId="batch-lines-table"
      />

      <ConfirmDialog
        open={dialog === 'approve'}
        title={t('batch.approveTitle', { number: batch.number })}
        message={t('batch.approveMessage', { count: batch.lineCount, total: money(batch.totalFen) })}
        confirmLabel={t('batch.approve')}
        onConfirm={() => fire('approve', undefined, t('batch.approved'))}
        onCancel={() => setDialog(null)}
        testId="approve-dialog"
      />
      <ConfirmDialog
        open={dialog === 'send'}
        title={t('batch.sendTitle', { number: batch.number })}
        message={t('batch.sendMessage', { count: batch.lineCount, total: money(batch.totalFen) })}
        confirmLabel={t('batch.send')}
        onConfirm={() => fire('send', undefined, t('batch.sent'))}
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
        onConfirm={() => fire('reconcile', undefined, t('batch.reconciled'))}
        onCancel={() => setDialog(null)}
        testId="reconcile-dialog"
      />
      {dialog !== null && dialog !== 'send' && reasonRequired(disbursementBatchMachine, dialog) && (
        <ReasonDialog
          title={dialog === 'send_back' ? t('batch.sendBackTitle') : t('batch.cancelTitle')}
          hint={dialog === 'send_back' ? t('batch.sendBackHint') : t('batch.cancelHint')}
          submitLabel={dialog === 'send_back' ? t('batch.sendBack') : t('batch.cancel')}
          onSubmit={(reason) => fire(dialog, reason, t('batch.cancelled'))}
          onClose={() => setDialog(null)}
          testId={`${dialog}-dialog`}
        />
      )}
    </div>
  );
}
