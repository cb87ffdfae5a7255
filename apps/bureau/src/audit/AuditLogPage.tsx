import { api, call, DataTable, type DataTableFetcher, formatDateTime, PageHeader, useI18n } from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { ChainStatus } from './ChainStatus';
import type { AuditItem } from './types';

type Filters = { entity: string; entityId: string; action: string; from: string; to: string };
const noFilters: Filters = { entity: '', entityId: '', action: '', from: '', to: '' };

/**
 * 审计日志: the audit trail for auditors and admins — by person (the search box), record, action and
 * day — with the hash chain's status above it and CSV of what is shown.
 */
export function AuditLogPage() {
  const { t, tKey, locale } = useI18n();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const filterKey = JSON.stringify(filters);
  const fetcher = useCallback<DataTableFetcher<AuditItem>>(
    (query, signal) => call(api.audit.$get({ query: { ...query, ...filters } }, { init: { signal } })),
    [filters],
  );
  const columns = useMemo(() => {
    const col = createColumnHelper<AuditItem>();
    return [
      col.accessor('seq', {
        header: t('audit.seq'),
        cell: (i) => <span className="mono">{i.getValue()}</span>,
      }),
      col.accessor('at', {
        header: t('audit.at'),
        enableSorting: false,
        cell: (i) => formatDateTime(i.getValue(), locale),
        meta: { csv: (row) => row.at },
      }),
      col.accessor('actorName', {
        header: t('audit.actor'),
        enableSorting: false,
        cell: (i) => i.getValue() ?? tKey(`audit.actorKind.${i.row.original.actorKind ?? 'system'}`),
        meta: { csv: (row) => row.actorName ?? row.actorKind ?? 'system' },
      }),
      col.accessor('action', {
        header: t('audit.action'),
        enableSorting: false,
        cell: (i) => <span className="mono">{i.getValue()}</span>,
      }),
      col.display({
        id: 'record',
        header: t('audit.record'),
        enableSorting: false,
        cell: (i) => (
          <span className="mono">
            {i.row.original.entity}
            {i.row.original.entityId ? ` ${i.row.original.entityId}` : ''}
          </span>
        ),
        meta: { csv: (row) => `${row.entity} ${row.entityId ?? ''}`.trim() },
      }),
      col.accessor('details', {
        header: t('audit.details'),
        enableSorting: false,
        cell: (i) => <span className="mono muted">{JSON.stringify(i.getValue())}</span>,
        meta: { csv: (row) => JSON.stringify(row.details) },
      }),
      col.accessor('hash', {
        header: t('audit.hash'),
        enableSorting: false,
        cell: (i) => <span className="mono muted">{i.getValue().slice(0, 12)}</span>,
        meta: { csv: (row) => row.hash },
      }),
    ];
  }, [t, tKey, locale]);

  const field = (key: keyof Filters, type: 'text' | 'date' = 'text') => (
    <label className="queue-filter">
      <span>{t(`audit.filter.${key}`)}</span>
      <input
        className="input input-small"
        type={type}
        value={filters[key]}
        onChange={(e) => setFilters((f) => ({ ...f, [key]: e.target.value }))}
        data-testid={`audit-filter-${key}`}
      />
    </label>
  );
  return (
    <div className="page">
      <PageHeader title={t('audit.title')} />
      <ChainStatus />
      {/* biome-ignore lint/a11y/useSemanticElements: a group of filters, not a form that is submitted */}
      <div className="queue-filters" role="group" aria-label={t('audit.filters')}>
        {field('entity')}
        {field('entityId')}
        {field('action')}
        {field('from', 'date')}
        {field('to', 'date')}
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => setFilters(noFilters)}
        >
          {t('audit.filter.clear')}
        </button>
      </div>
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('audit.title')}
        getRowId={(row) => String(row.id)}
        defaultSort={{ id: 'seq', order: 'desc' }}
        searchLabel={t('audit.search')}
        queryKey={['audit']}
        reloadKey={filterKey}
        exportFileName={t('audit.exportName')}
        testId="audit-table"
      />
    </div>
  );
}
