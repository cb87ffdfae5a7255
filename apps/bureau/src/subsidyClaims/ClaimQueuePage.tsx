import { formatFen, type SubsidyClaimState, subsidyClaimStates, tiers } from '@talent/domain';
import {
  api,
  Badge,
  call,
  countyName,
  countyOptions,
  DataTable,
  type DataTableFetcher,
  formatDate,
  formatDateTime,
  PageHeader,
  useI18n,
} from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ClaimQueueItem } from '../apiTypes';
import { QueueTabList } from '../pages/QueueTabList';
import { claimStateTone } from './claimLabels';

// The work tabs: the reviewers' first check, the approvers' second, those awaiting the notice, all.
const tabs = [
  { id: 'first', states: ['submitted', 'under_review'] },
  { id: 'recommended', states: ['recommended'] },
  { id: 'approved', states: ['approved'] },
  { id: 'in_public_notice', states: ['in_public_notice'] },
  { id: 'awarded', states: ['awarded'] },
  { id: 'returned', states: ['returned'] },
  { id: 'closed', states: ['rejected', 'withdrawn'] },
  { id: 'all', states: [] },
] as const;

/**
 * 补贴审核: the claims that reached the bureau, by work tab (with counts), tier and county filters and
 * a search by number or exact name, all in the URL; names masked; the page exported as CSV.
 */
export function ClaimQueuePage() {
  const { t, tKey, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((x) => x.id === params.get('tab')) ?? tabs[0];
  const tier = tiers.find((x) => x === params.get('tier'));
  const county = params.get('county') ?? undefined;
  const q = params.get('q') ?? undefined;
  const filters = useMemo(
    () => ({ state: tab.states.length ? tab.states.join(',') : undefined, tier, county }),
    [tab, tier, county],
  );

  const tabCounts = useQuery({
    queryKey: ['subsidy-claims', 'counts', { tier, county, q }],
    queryFn: ({ signal }) =>
      call(api['subsidy-claims'].counts.$get({ query: { tier, county, q } }, { init: { signal } })),
  });
  // a draft never reaches the bureau: it has no count
  const counts: Partial<Record<SubsidyClaimState, number>> | undefined = tabCounts.isError
    ? undefined
    : tabCounts.data?.counts;

  const set = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next);
  };

  const fetcher = useCallback<DataTableFetcher<ClaimQueueItem>>(
    (query, signal) =>
      call(api['subsidy-claims'].$get({ query: { ...query, ...filters } }, { init: { signal } })),
    [filters],
  );

  const columns = useMemo(() => {
    const col = createColumnHelper<ClaimQueueItem>();
    return [
      col.accessor('number', {
        header: t('subsidyQueue.number'),
        enableSorting: false,
        cell: (i) => (
          <Link
            to={`/subsidy-claims/${i.row.original.id}`}
            className="mono"
            data-testid={`claim-link-${i.getValue()}`}
          >
            {i.getValue()}
          </Link>
        ),
      }),
      col.accessor('applicantName', { header: t('subsidyQueue.name'), enableSorting: false }),
      col.accessor('tier', {
        header: t('subsidyQueue.tier'),
        enableSorting: false,
        cell: (i) => tKey(`tier.${i.getValue()}`),
      }),
      col.accessor('countyCode', {
        header: t('subsidyQueue.county'),
        enableSorting: false,
        cell: (i) => countyName(i.getValue(), locale),
      }),
      col.accessor('state', {
        header: t('subsidyQueue.state'),
        enableSorting: false,
        cell: (i) => (
          <Badge tone={claimStateTone[i.getValue()] ?? 'neutral'}>{tKey(`state.${i.getValue()}`)}</Badge>
        ),
      }),
      col.accessor('submittedAt', {
        header: t('subsidyQueue.submittedAt'),
        enableSorting: false,
        cell: (i) => (i.getValue() ? formatDateTime(i.getValue() as string, locale) : '—'),
      }),
      col.accessor('dueOn', {
        header: t('subsidyQueue.dueOn'),
        cell: (i) => formatDate(i.getValue(), locale),
      }),
      col.accessor('totalFen', {
        header: t('subsidyQueue.total'),
        enableSorting: false,
        cell: (i) => {
          const fen = i.getValue();
          return fen === null ? '—' : formatFen(fen, locale);
        },
      }),
    ];
  }, [t, tKey, locale]);

  const tabCount = (states: readonly SubsidyClaimState[]) =>
    counts
      ? (states.length ? states : subsidyClaimStates).reduce((n, s) => n + (counts[s] ?? 0), 0)
      : undefined;

  return (
    <div className="page queue-page" data-testid="claim-queue-page">
      <PageHeader title={t('subsidyQueue.title')} />
      <QueueTabList
        tabs={tabs.map((x) => x.id)}
        active={tab.id}
        onSelect={(id) => set('tab', id === 'first' ? undefined : id)}
        label={t('subsidyQueue.title')}
        prefix="claim"
        title={(id) =>
          id === 'all'
            ? t('subsidyQueue.tab.all')
            : id === 'first'
              ? tKey('state.under_review')
              : id === 'closed'
                ? `${tKey('state.rejected')}/${tKey('state.withdrawn')}`
                : tKey(`state.${tabs.find((x) => x.id === id)?.states[0]}`)
        }
        count={(id) => tabCount(tabs.find((x) => x.id === id)?.states ?? [])}
      />
      <div className="queue-filters" data-testid="claim-filters">
        <label className="queue-filter">
          <span>{t('subsidyQueue.tier')}</span>
          <select
            className="input input-small"
            value={tier ?? ''}
            onChange={(e) => set('tier', e.target.value || undefined)}
            data-testid="filter-tier"
          >
            <option value="">{t('subsidyQueue.anyTier')}</option>
            {tiers.map((x) => (
              <option key={x} value={x}>
                {tKey(`tier.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="queue-filter">
          <span>{t('subsidyQueue.county')}</span>
          <select
            className="input input-small"
            value={county ?? ''}
            onChange={(e) => set('county', e.target.value || undefined)}
            data-testid="filter-county"
          >
            <option value="">{t('subsidyQueue.anyCounty')}</option>
            {countyOptions(locale).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('subsidyQueue.title')}
        getRowId={(row) => row.id}
        defaultSort={{ id: 'dueOn', order: 'asc' }}
        defaultPageSize={50}
        pageSizes={[20, 50, 100]}
        searchLabel={t('subsidyQueue.search')}
        queryKey={['subsidy-claims']}
        reloadKey={JSON.stringify(filters)}
        exportFileName={t('subsidyQueue.title')}
        testId="claim-queue-table"
      />
    </div>
  );
}
