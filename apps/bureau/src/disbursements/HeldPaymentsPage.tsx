import { formatFen, isoDateSchema, todayInChina } from '@talent/domain';
import {
  api,
  call,
  DataTable,
  type DataTableFetcher,
  formatDate,
  PageHeader,
  TextField,
  useI18n,
  useZodForm,
} from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import type { HeldLine } from './types';

const dueAsOfSchema = z.object({ dueAsOf: isoDateSchema });

/**
 * 暂缓发放: instalments due as of a date that no batch takes yet, because the payee does not meet the
 * social-insurance payment conditions (二(四)5) — each with the reason, its clause and the months on
 * record, the payee's name masked. The date lives in the URL, so the new-batch dialog links here.
 */
export function HeldPaymentsPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('dueAsOf') ?? '';
  const initial = isoDateSchema.safeParse(fromUrl).success ? fromUrl : todayInChina();
  const form = useZodForm(dueAsOfSchema, { defaultValues: { dueAsOf: initial } });
  const typed = form.watch('dueAsOf');
  const dueAsOf = isoDateSchema.safeParse(typed).success ? typed : initial;
  useEffect(() => {
    if (dueAsOf === fromUrl) return;
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('dueAsOf', dueAsOf);
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }, [dueAsOf, fromUrl, setParams]);

  const fetcher = useCallback<DataTableFetcher<HeldLine>>(
    (query, signal) =>
      call(
        api['payment-holds'].$get(
          { query: { dueAsOf, page: query.page, pageSize: query.pageSize } },
          { init: { signal } },
        ),
      ),
    [dueAsOf],
  );
  const columns = useMemo(() => {
    const col = createColumnHelper<HeldLine>();
    const money = (fen: number) => formatFen(fen, locale);
    return [
      col.accessor('claimNumber', {
        header: t('failed.claim'),
        enableSorting: false,
        cell: (i) => <span className="mono">{i.getValue()}</span>,
      }),
      col.accessor('payeeName', { header: t('batch.payee'), enableSorting: false }),
      col.display({
        id: 'instalment',
        header: t('batch.instalment'),
        cell: (i) =>
          t('batch.instalmentValue', {
            kind: t(`instalmentKind.${i.row.original.kind}`),
            sequence: i.row.original.sequence,
            of: i.row.original.ofCount,
          }),
      }),
      col.accessor('amountFen', {
        header: t('batch.amount'),
        enableSorting: false,
        cell: (i) => money(i.getValue()),
        meta: { className: 'num', csv: (row) => money(row.amountFen) },
      }),
      col.accessor('dueDate', {
        header: t('batch.dueDate'),
        enableSorting: false,
        cell: (i) => formatDate(i.getValue(), locale),
      }),
      col.accessor('reason', {
        header: t('held.reason'),
        enableSorting: false,
        cell: (i) => t(`holdReason.${i.getValue()}`),
        meta: { csv: (row) => t(`holdReason.${row.reason}`) },
      }),
      col.accessor('months', {
        header: t('held.months'),
        enableSorting: false,
        cell: (i) => {
          const months = i.getValue();
          return months === null ? '—' : t('held.monthsValue', { months, min: i.row.original.minMonths });
        },
        meta: { className: 'num' },
      }),
      col.accessor('clause', { header: t('held.clause'), enableSorting: false }),
    ];
  }, [t, locale]);

  return (
    <div className="page">
      <PageHeader title={t('held.title')} />
      <p className="hint">{t('held.intro')}</p>
      <form className="form form-inline" onSubmit={(e) => e.preventDefault()} noValidate>
        <TextField
          form={form}
          name="dueAsOf"
          type="date"
          label={t('newBatch.dueAsOf')}
          testId="held-due-as-of"
        />
      </form>
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('held.title')}
        getRowId={(row) => row.id}
        queryKey={['payment-holds']}
        reloadKey={dueAsOf}
        exportFileName={t('held.exportName')}
        testId="held-table"
      />
    </div>
  );
}
