import { formatFen, yuanText } from '@talent/domain';
import {
  api,
  apiErrorText,
  BarChart,
  buildUrl,
  Card,
  call,
  countyName,
  DataTable,
  type DataTableFetcher,
  isApiError,
  Notice,
  PageHeader,
  useI18n,
} from '@talent/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { type FormEvent, useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import './aftercare.css';

type Statistics = Awaited<ReturnType<typeof loadStatistics>>;
type Row = Statistics['rows'][number];
type Group = Statistics['groupBy'];
const groups: readonly Group[] = ['tier', 'county', 'month'];

function loadStatistics(query: { groupBy: string; from: string; to: string }, signal: AbortSignal) {
  return call(api['subsidy-statistics'].$get({ query: query }, { init: { signal } }));
}

/**
 * Awards and money by tier, county or month over a period: two charts (amounts scheduled and paid,
 * awards) and the same figures as a table, exported as the server's CSV in yuan. The period and the
 * grouping live in the URL.
 */
export function StatisticsPage() {
  const { t, tKey, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const groupBy = groups.find((g) => g === params.get('groupBy')) ?? 'tier';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  // the figures on screen stay while another period or grouping loads
  const { data: stats, error } = useQuery({
    queryKey: ['subsidy-statistics', { groupBy, from, to }],
    queryFn: ({ signal }) => loadStatistics({ groupBy, from, to }, signal),
    placeholderData: keepPreviousData,
  });

  const label = useCallback(
    (key: string) =>
      groupBy === 'tier' ? tKey(`tier.${key}`) : groupBy === 'county' ? countyName(key, locale) : key,
    [groupBy, tKey, locale],
  );
  const money = useCallback((fen: number) => formatFen(fen, locale), [locale]);
  const rows = stats?.rows ?? [];
  const fetcher = useCallback<DataTableFetcher<Row>>(
    async () => ({
      items: stats ? [...stats.rows] : [],
      total: stats?.rows.length ?? 0,
      page: 1,
      pageSize: 100,
    }),
    [stats],
  );
  const columns = useMemo(() => {
    const col = createColumnHelper<Row>();
    const amount = (
      key: 'awardedFen' | 'scheduledFen' | 'paidFen' | 'failedFen' | 'cancelledFen',
      header: string,
    ) =>
      col.accessor(key, {
        header,
        enableSorting: false,
        cell: (i) => money(i.getValue()),
        meta: { csv: (row) => yuanText(row[key]) },
      });
    return [
      col.accessor('key', {
        header: t('statistics.group'),
        enableSorting: false,
        cell: (i) => label(i.getValue()),
        meta: { csv: (row) => label(row.key) },
      }),
      col.accessor('awards', { header: t('statistics.awards'), enableSorting: false }),
      amount('awardedFen', t('statistics.awarded')),
      amount('scheduledFen', t('statistics.scheduled')),
      amount('paidFen', t('statistics.paid')),
      amount('failedFen', t('statistics.failed')),
      amount('cancelledFen', t('statistics.cancelled')),
    ];
  }, [t, label, money]);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setParams(() => {
      const next = new URLSearchParams();
      for (const key of ['from', 'to', 'groupBy']) {
        const value = String(data.get(key) ?? '');
        if (value) next.set(key, value);
      }
      return next;
    });
  };
  const csvHref = buildUrl('/api/subsidy-statistics/export.csv', { groupBy, from, to });

  return (
    <div className="page">
      <PageHeader
        title={t('statistics.title')}
        actions={
          <a className="button" href={csvHref} download data-testid="statistics-export">
            {t('statistics.exportCsv')}
          </a>
        }
      />
      <form className="queue-filters" onSubmit={apply} data-testid="statistics-filters">
        <label className="queue-filter">
          {t('statistics.from')}
          <input
            className="input input-small"
            type="date"
            name="from"
            defaultValue={stats?.from ?? from}
            key={`f${stats?.from}`}
          />
        </label>
        <label className="queue-filter">
          {t('statistics.to')}
          <input
            className="input input-small"
            type="date"
            name="to"
            defaultValue={stats?.to ?? to}
            key={`t${stats?.to}`}
          />
        </label>
        <label className="queue-filter">
          {t('statistics.groupBy')}
          <select
            className="input input-small"
            name="groupBy"
            defaultValue={groupBy}
            data-testid="statistics-group"
          >
            {groups.map((g) => (
              <option key={g} value={g}>
                {t(`statistics.groupBy.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button-primary" data-testid="statistics-apply">
          {t('statistics.apply')}
        </button>
      </form>
      {error !== null && (
        <Notice tone="error" testId="statistics-error">
          {isApiError(error) ? apiErrorText(error, tKey) : t('error.internal')}
        </Notice>
      )}
      <p className="muted">{t('statistics.note')}</p>
      {stats && rows.length === 0 && <Notice tone="neutral">{t('statistics.empty')}</Notice>}
      {rows.length > 0 && (
        <div className="chart-grid">
          <Card>
            <BarChart
              title={t('statistics.chartAmounts')}
              categories={rows.map((r) => label(r.key))}
              series={[
                {
                  key: 'scheduled',
                  label: t('statistics.scheduled'),
                  values: rows.map((r) => r.scheduledFen / 100),
                },
                { key: 'paid', label: t('statistics.paid'), values: rows.map((r) => r.paidFen / 100) },
              ]}
              formatValue={(v) => formatFen(Math.round(v * 100), locale)}
              testId="statistics-amounts-chart"
            />
          </Card>
          <Card>
            <BarChart
              title={t('statistics.chartAwards')}
              categories={rows.map((r) => label(r.key))}
              series={[{ key: 'awards', label: t('statistics.awards'), values: rows.map((r) => r.awards) }]}
              testId="statistics-awards-chart"
            />
          </Card>
        </div>
      )}
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('statistics.title')}
        getRowId={(row) => row.key}
        defaultPageSize={100}
        reloadKey={stats}
        exportFileName={t('statistics.exportName')}
        testId="statistics-table"
      />
      {stats && (
        <p data-testid="statistics-totals">
          <strong>{t('statistics.total')}</strong>: {t('statistics.awards')} {stats.totals.awards} ·{' '}
          {t('statistics.scheduled')} {money(stats.totals.scheduledFen)} · {t('statistics.paid')}{' '}
          {money(stats.totals.paidFen)}
        </p>
      )}
    </div>
  );
}
