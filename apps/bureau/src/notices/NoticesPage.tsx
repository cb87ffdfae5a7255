import { noticeStates } from '@talent/domain';
import {
  api,
  Badge,
  call,
  canSee,
  DataTable,
  type DataTableFetcher,
  formatDate,
  formatDateTime,
  Notice,
  PageHeader,
  useCurrentUser,
  useI18n,
} from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { noticeDrafters } from '../audiences';
import { QueueTabList } from '../pages/QueueTabList';
import { noticeStateTone } from './noticeLabels';
import type { NoticeSummary } from './types';

const ALL = 'all' as const;

/**
 * The public notices (公示), newest first, by state: drafts to publish, notices in their period (with
 * open objections counted) and closed ones. An approver draws up a new one from the approved claims.
 */
export function NoticesPage() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const approver = canSee(noticeDrafters, user);
  const [params, setParams] = useSearchParams();
  const raw = params.get('state');
  const state = noticeStates.find((s) => s === raw);

  const fetcher = useCallback<DataTableFetcher<NoticeSummary>>(
    (query, signal) =>
      call(
        api.bureau['public-notices'].$get(
          { query: { page: query.page, pageSize: query.pageSize, state } },
          { init: { signal } },
        ),
      ),
    [state],
  );
  const columns = useMemo(() => {
    const col = createColumnHelper<NoticeSummary>();
    return [
      col.accessor('number', {
        header: t('notices.number'),
        enableSorting: false,
        cell: (i) => (
          <Link to={`/notices/${i.row.original.id}`} className="mono" data-testid={`notice-${i.getValue()}`}>
            {i.getValue()}
          </Link>
        ),
      }),
      col.accessor('title', { header: t('notices.noticeTitle'), enableSorting: false }),
      col.accessor('state', {
        header: t('notices.state'),
        enableSorting: false,
        cell: (i) => (
          <Badge tone={noticeStateTone[i.getValue()]} testId={`notice-state-${i.row.original.number}`}>
            {t(`noticeState.${i.getValue()}`)}
          </Badge>
        ),
        meta: { csv: (row) => t(`noticeState.${row.state}`) },
      }),
      col.display({
        id: 'period',
        header: t('notices.period'),
        cell: (i) => period(i.row.original),
        meta: { csv: (row) => period(row) },
      }),
      col.accessor('entries', {
        header: t('notices.entries'),
        enableSorting: false,
        meta: { className: 'num' },
      }),
      col.accessor('awarded', {
        header: t('notices.awarded'),
        enableSorting: false,
        meta: { className: 'num' },
      }),
      col.accessor('openObjections', {
        header: t('notices.openObjections'),
        enableSorting: false,
        cell: (i) => (i.getValue() > 0 ? <Badge tone="warning">{i.getValue()}</Badge> : '0'),
        meta: { className: 'num', csv: (row) => row.openObjections },
      }),
      col.accessor('createdAt', {
        header: t('notices.createdAt'),
        enableSorting: false,
        cell: (i) => formatDateTime(i.getValue(), locale),
        meta: { csv: (row) => formatDateTime(row.createdAt, locale) },
      }),
    ];
    function period(row: NoticeSummary) {
      return row.publishedOn && row.endsOn
        ? t('notices.periodValue', {
            from: formatDate(row.publishedOn, locale),
            to: formatDate(row.endsOn, locale),
          })
        : '—';
    }
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
        title={t('notices.title')}
        actions={
          approver && (
            <Link to="/notices/new" className="button button-primary" data-testid="new-notice">
              {t('notices.new')}
            </Link>
          )
        }
      />
      {!approver && (
        <Notice tone="neutral" testId="notices-read-only">
          {t('notices.readOnly')}
        </Notice>
      )}
      <QueueTabList
        tabs={[ALL, ...noticeStates]}
        active={active}
        onSelect={select}
        label={t('notices.state')}
        prefix="notice"
        title={(tab) => t(`notices.tab.${tab}`)}
      />
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('notices.title')}
        getRowId={(row) => row.id}
        queryKey={['bureau', 'public-notices']}
        reloadKey={active}
        exportFileName={t('notices.exportName')}
        testId="notices-table"
      />
    </div>
  );
}
