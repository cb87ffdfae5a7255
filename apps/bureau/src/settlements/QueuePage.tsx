import {
  api,
  call,
  DataTable,
  type DataTableFetcher,
  Notice,
  PageHeader,
  useCurrentUser,
  useI18n,
} from '@talent/ui';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { QueueItem } from '../apiTypes';
import { QueueFilterBar } from './QueueFilterBar';
import { QueueTabs } from './QueueTabs';
import { queueColumns } from './queueColumns';
import { apiFilters, useQueueFilters } from './queueFilters';

/**
 * The settlement review queue: green-channel cases first, then by deadline; overdue cases stand out
 * by how many working days they are late. Filters, search, sorting and paging are the server's, all
 * kept in the URL.
 */
export function QueuePage() {
  const { t, tKey, locale } = useI18n();
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const { values, setFilters, clear } = useQueueFilters(user.roles);
  const [estimate, setEstimate] = useState<number | null>(null);
  const filters = useMemo(() => apiFilters(values), [values]);
  // the table loads again when a filter changes (its own paging, sorting and search it watches itself)
  const filterKey = JSON.stringify(filters);

  const fetcher = useCallback<DataTableFetcher<QueueItem>>(
    async (query, signal) => {
      const page = await call(
        api.bureau.settlements.$get({ query: { ...query, ...filters } }, { init: { signal } }),
      );
      setEstimate(page.totalEstimated ? page.total : null);
      return page;
    },
    [filters],
  );
  const columns = useMemo(() => queueColumns(t, tKey, locale), [t, tKey, locale]);

  return (
    <div className="page queue-page">
      <PageHeader title={t('queue.title')} />
      <QueueTabs
        filters={values}
        q={params.get('q') ?? undefined}
        onSelect={(change) => setFilters(change)}
      />
      <QueueFilterBar values={values} onChange={setFilters} onClear={clear} />
      {estimate !== null && (
        <Notice tone="neutral" testId="queue-estimated">
          {t('queue.estimated', { total: estimate.toLocaleString(locale) })}
        </Notice>
      )}
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('queue.title')}
        getRowId={(row) => row.id}
        defaultSort={{ id: 'dueOn', order: 'asc' }}
        defaultPageSize={50}
        pageSizes={[20, 50, 100]}
        searchLabel={t('queue.search')}
        queryKey={['bureau', 'settlements']}
        reloadKey={filterKey}
        exportFileName={t('queue.exportName')}
        testId="queue-table"
      />
    </div>
  );
}
