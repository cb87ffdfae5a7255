import { clawbackStages, formatFen, yuanText } from '@talent/domain';
import {
  api,
  Badge,
  call,
  countyName,
  DataTable,
  type DataTableFetcher,
  formatDate,
  formatDateTime,
  PageHeader,
  type Tone,
  useI18n,
} from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueueTabList } from '../pages/QueueTabList';
import type { ClawbackItem } from './types';

export const stageTone: Record<ClawbackItem['stage'], Tone> = {
  to_assess: 'warning',
  due: 'error',
  recovered: 'success',
  waived: 'neutral',
  closed: 'neutral',
};
const ALL = 'all';

/**
 * Departures within the service commitment and what became of each (二(四)5): to assess, repayment
 * due, recovered, waived, or nothing due — a tab per stage with its count, the list in the URL.
 */
export function ClawbacksPage() {
  const { t, tKey, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const raw = params.get('stage');
  const stage = raw === ALL ? undefined : (clawbackStages.find((s) => s === raw) ?? 'to_assess');
  const counts = useQuery({
    queryKey: ['bureau', 'clawbacks', 'counts'],
    queryFn: ({ signal }) => call(api.bureau.clawbacks.counts.$get(undefined, { init: { signal } })),
  }).data?.counts;

  const fetcher = useCallback<DataTableFetcher<ClawbackItem>>(
    (query, signal) =>
      call(
        api.bureau.clawbacks.$get(
          {
            query: {
              page: query.page,
              pageSize: query.pageSize,
              sort: query.sort,
              order: query.order,
              stage,
            },
          },
          { init: { signal } },
        ),
      ),
    [stage],
  );
  const money = useCallback((fen: number | null) => (fen === null ? '—' : formatFen(fen, locale)), [locale]);

  const columns = useMemo(() => {
    const col = createColumnHelper<ClawbackItem>();
    return [
      col.accessor('name', {
        header: t('clawbacks.name'),
        enableSorting: false,
        cell: (i) => (
          <Link
            to={`/clawbacks/${i.row.original.awardId}`}
            data-testid={`clawback-${i.row.original.awardId}`}
          >
            {i.getValue()}
          </Link>
        ),
      }),
      col.accessor('employerName', { header: t('clawbacks.employer'), enableSorting: false }),
      col.accessor('tier', {
        header: t('clawbacks.tier'),
        enableSorting: false,
        cell: (i) => tKey(`tier.${i.getValue()}`),
        meta: { csv: (row) => tKey(`tier.${row.tier}`) },
      }),
      col.accessor('countyCode', {
        header: t('clawbacks.county'),
        enableSorting: false,
        cell: (i) => countyName(i.getValue(), locale),
        meta: { csv: (row) => countyName(row.countyCode, locale) },
      }),
      col.accessor('departedOn', {
        header: t('clawbacks.departedOn'),
        cell: (i) => formatDate(i.getValue(), locale),
      }),
      col.accessor('serviceEndsOn', {
        header: t('clawbacks.serviceEndsOn'),
        enableSorting: false,
        cell: (i) => formatDate(i.getValue(), locale),
      }),
      col.accessor('unservedMonths', { header: t('clawbacks.unserved'), enableSorting: false }),
      col.accessor('amountFen', {
        id: 'amount',
        header: t('clawbacks.amount'),
        cell: (i) => money(i.getValue()),
        meta: { csv: (row) => (row.amountFen === null ? '' : yuanText(row.amountFen)) },
      }),
      col.accessor('stage', {
        header: t('clawbacks.stage'),
        enableSorting: false,
        cell: (i) => <Badge tone={stageTone[i.getValue()]}>{t(`clawbacks.tab.${i.getValue()}`)}</Badge>,
        meta: { csv: (row) => t(`clawbacks.tab.${row.stage}`) },
      }),
      col.accessor('reportedAt', {
        header: t('clawbacks.reportedAt'),
        cell: (i) => formatDateTime(i.getValue(), locale),
        meta: { csv: (row) => formatDateTime(row.reportedAt, locale) },
      }),
    ];
  }, [t, tKey, locale, money]);

  const select = (next: string) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next === 'to_assess') updated.delete('stage');
      else updated.set('stage', next);
      updated.delete('page');
      return updated;
    });
  const active = stage ?? ALL;
  return (
    <div className="page">
      <PageHeader title={t('clawbacks.title')} />
      <QueueTabList
        tabs={[...clawbackStages, ALL]}
        active={active}
        onSelect={select}
        label={t('clawbacks.stage')}
        prefix="clawback"
        title={(tab) => t(`clawbacks.tab.${tab}` as 'clawbacks.tab.all')}
        count={(tab) => (counts && tab !== ALL ? (counts[tab] ?? 0) : undefined)}
      />
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('clawbacks.title')}
        getRowId={(row) => row.awardId}
        defaultSort={{ id: 'reportedAt', order: 'desc' }}
        queryKey={['bureau', 'clawbacks']}
        reloadKey={stage ?? ALL}
        exportFileName={t('clawbacks.exportName')}
        testId="clawbacks-table"
      />
    </div>
  );
}
