import { formatFen } from '@talent/domain';
import { api, Badge, call, DataTable, type DataTableFetcher, formatDate, useI18n } from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { type Line, lineResultTone } from './types';

/** The batch's roster line by line (payees masked), with each line's result from the bank. */
export function BatchLines({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const fetcher = useCallback<DataTableFetcher<Line>>(
    (query, signal) =>
      call(
        api.disbursements[':id'].lines.$get(
          { param: { id }, query: { page: query.page, pageSize: query.pageSize } },
          { init: { signal } },
        ),
      ),
    [id],
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

  return (
    <>
      <h2>{t('batch.linesTitle')}</h2>
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('batch.linesTitle')}
        getRowId={(row) => row.id}
        queryKey={['disbursements', id, 'lines']}
        exportFileName={t('batch.linesExportName')}
        testId="batch-lines-table"
      />
    </>
  );
}
