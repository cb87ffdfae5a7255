import { disbursementBatchStates, formatFen, isoDateSchema, mayCall, todayInChina } from '@talent/domain';
import {
  api,
  Badge,
  call,
  DataTable,
  type DataTableFetcher,
  Dialog,
  FormError,
  formatDate,
  formatDateTime,
  Notice,
  PageHeader,
  SubmitButton,
  TextField,
  useCurrentUser,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { type Batch, batchStateTone } from './types';

const ALL = 'all' as const;

/**
 * 资金发放: the batches, newest first, by state — what awaits approval, what went to the bank and
 * waits for its answer, what is reconciled. Finance prepares a new batch from what is due.
 */
export function BatchesPage() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const finance = mayCall('POST /api/disbursements', user);
  const [params, setParams] = useSearchParams();
  const raw = params.get('state');
  const state = disbursementBatchStates.find((s) => s === raw);
  const [creating, setCreating] = useState(false);

  const fetcher = useCallback<DataTableFetcher<Batch>>(
    (query, signal) =>
      call(
        api.disbursements.$get(
          { query: { page: query.page, pageSize: query.pageSize, state } },
          { init: { signal } },
        ),
      ),
    [state],
  );
  const columns = useMemo(() => {
    const col = createColumnHelper<Batch>();
    const money = (fen: number) => formatFen(fen, locale);
    return [
      col.accessor('number', {
        header: t('batches.number'),
        enableSorting: false,
        cell: (i) => (
          <Link
            to={`/disbursements/${i.row.original.id}`}
            className="mono"
            data-testid={`batch-${i.getValue()}`}
          >
            {i.getValue()}
          </Link>
        ),
      }),
      col.accessor('state', {
        header: t('batches.state'),
        enableSorting: false,
        cell: (i) => (
          <Badge tone={batchStateTone[i.getValue()]} testId={`batch-state-${i.row.original.number}`}>
            {t(`batchState.${i.getValue()}`)}
          </Badge>
        ),
        meta: { csv: (row) => t(`batchState.${row.state}`) },
      }),
      col.accessor('dueAsOf', {
        header: t('batches.dueAsOf'),
        enableSorting: false,
        cell: (i) => formatDate(i.getValue(), locale),
      }),
      col.accessor('lineCount', {
        header: t('batches.lines'),
        enableSorting: false,
        meta: { className: 'num' },
      }),
      col.accessor('totalFen', {
        header: t('batches.total'),
        enableSorting: false,
        cell: (i) => money(i.getValue()),
        meta: { className: 'num', csv: (row) => money(row.totalFen) },
      }),
      col.accessor('paidCount', {
        header: t('batches.paid'),
        enableSorting: false,
        meta: { className: 'num' },
      }),
      col.accessor('failedCount', {
        header: t('batches.failed'),
        enableSorting: false,
        cell: (i) => (i.getValue() > 0 ? <Badge tone="error">{i.getValue()}</Badge> : '0'),
        meta: { className: 'num', csv: (row) => row.failedCount },
      }),
      col.display({
        id: 'preparedBy',
        header: t('batches.preparedBy'),
        cell: (i) => i.row.original.preparedBy.name,
        meta: { csv: (row) => row.preparedBy.name },
      }),
      col.display({
        id: 'approvedBy',
        header: t('batches.approvedBy'),
        cell: (i) => i.row.original.approvedBy?.name ?? '—',
        meta: { csv: (row) => row.approvedBy?.name ?? '' },
      }),
      col.accessor('preparedAt', {
        header: t('batches.preparedAt'),
        enableSorting: false,
        cell: (i) => formatDateTime(i.getValue(), locale),
        meta: { csv: (row) => formatDateTime(row.preparedAt, locale) },
      }),
    ];
  }, [t, locale]);

  const select = (next: string) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next === ALL) updated.delete('state');
      else updated.set('state', next);
      updated.delete('page');
      return updated;
    });
  const active = state ?? ALL;
  return (
    <div className="page">
      <PageHeader
        title={t('batches.title')}
        actions={
          <>
            <Link to="/payment-holds" className="button" data-testid="held-payments">
              {t('batches.held')}
            </Link>
            {finance && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => setCreating(true)}
                data-testid="new-batch"
              >
                {t('batches.new')}
              </button>
            )}
          </>
        }
      />
      {!finance && (
        <Notice tone="neutral" testId="batches-read-only">
          {t('batches.readOnly')}
        </Notice>
      )}
      <div className="queue-tabs" role="tablist" aria-label={t('batches.state')} data-testid="batch-tabs">
        {[ALL, ...disbursementBatchStates].map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={tab === active}
            className={`queue-tab${tab === active ? ' queue-tab-active' : ''}`}
            onClick={() => select(tab)}
            data-testid={`batch-tab-${tab}`}
          >
            {tab === ALL ? t('batches.tab.all') : t(`batchState.${tab}`)}
          </button>
        ))}
      </div>
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('batches.title')}
        getRowId={(row) => row.id}
        queryKey={['disbursements']}
        reloadKey={active}
        exportFileName={t('batches.exportName')}
        testId="batches-table"
      />
      {creating && <NewBatchDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

const newBatchSchema = z.object({ dueAsOf: isoDateSchema });

/** The date, the count and total it would take (asked as the date changes), then the confirmation. */
function NewBatchDialog({ onClose }: { onClose: () => void }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const form = useZodForm(newBatchSchema, { defaultValues: { dueAsOf: todayInChina() } });
  const dueAsOf = form.watch('dueAsOf');
  const dated = isoDateSchema.safeParse(dueAsOf).success;
  const { data } = useQuery({
    queryKey: ['disbursements', 'preview', { dueAsOf }],
    queryFn: ({ signal }) =>
      call(api.disbursements.preview.$get({ query: { dueAsOf } }, { init: { signal } })),
    enabled: dated,
  });
  const preview = dated ? (data ?? null) : null;
  const { onSubmit, pending, error } = useFormSubmit(form, async (values) => {
    const batch = await call(api.disbursements.$post({ json: values }));
    navigate(`/disbursements/${batch.id}`);
  });
  return (
    <Dialog
      open
      title={t('newBatch.title')}
      onClose={onClose}
      dismissible={!pending}
      testId="new-batch-dialog"
    >
      <form onSubmit={onSubmit} noValidate className="form">
        <TextField
          form={form}
          name="dueAsOf"
          type="date"
          label={t('newBatch.dueAsOf')}
          hint={t('newBatch.hint')}
          required
          testId="due-as-of"
        />
        <p data-testid="batch-preview" aria-live="polite">
          {preview === null
            ? '…'
            : preview.lineCount === 0
              ? t('newBatch.none')
              : t('newBatch.preview', {
                  count: preview.lineCount,
                  total: formatFen(preview.totalFen, locale),
                })}
        </p>
        {preview !== null && preview.heldCount > 0 && (
          <p className="hint" data-testid="batch-held">
            {t('newBatch.held', { count: preview.heldCount, total: formatFen(preview.heldFen, locale) })}{' '}
            <Link to={`/payment-holds?dueAsOf=${dueAsOf}`} data-testid="batch-held-link">
              {t('newBatch.heldLink')}
            </Link>
          </p>
        )}
        <p className="hint">{t('newBatch.fourEyes')}</p>
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={pending}>
            {t('action.cancel')}
          </button>
          <SubmitButton pending={pending} disabled={preview?.lineCount === 0} testId="confirm-new-batch">
            {t('newBatch.confirm')}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
