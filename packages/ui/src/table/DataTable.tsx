import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/react-query';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type RowData,
  type SortingState,
  type Updater,
  useReactTable,
} from '@tanstack/react-table';
import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../api/apiFetch';
import { apiErrorText } from '../api/errorText';
import { useI18n } from '../i18n/I18nProvider';
import { type CsvCell, downloadCsv, toCsv } from './csv';
import {
  type PageQuery,
  type PageResult,
  type QueryDefaults,
  readQuery,
  type SortOrder,
  writeQuery,
} from './query';

declare module '@tanstack/react-table' {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The CSV value of a row; `false` leaves the column out of the export (e.g. action buttons). */
    csv?: false | ((row: TData) => CsvCell);
    /** The CSV header when the column's header is not plain text. */
    csvHeader?: string;
    /** Extra class on the column's cells, e.g. 'num' for right-aligned numbers. */
    className?: string;
  }
}

export type DataTableFetcher<T> = (query: PageQuery, signal: AbortSignal) => Promise<PageResult<T>>;

export type DataTableProps<T> = {
  /** Column ids are the server's sort keys; a column sorts only if `enableSorting` is not false. */
  // biome-ignore lint/suspicious/noExplicitAny: columns of different value types, as TanStack's own examples type them
  columns: ColumnDef<T, any>[];
  /** Loads one page from the server: paging, sorting and search are the server's work. */
  fetcher: DataTableFetcher<T>;
  /** The table's accessible name. */
  caption: string;
  getRowId?: (row: T) => string;
  defaultSort?: { id: string; order: SortOrder };
  defaultPageSize?: number;
  pageSizes?: readonly number[];
  /** Label of the search box; no search box when left out. */
  searchLabel?: string;
  /**
   * The cache key of what the table lists, starting with the API path's segments (`['employer', 'staff']`),
   * so a change that invalidates that prefix reloads the table; the page query is added to it.
   */
  queryKey?: QueryKey;
  /** Change it to load the current page again (after a create or an edit, or a filter outside the table). */
  reloadKey?: unknown;
  /** File name of the CSV export of the page on screen; no export button when left out. */
  exportFileName?: string;
  /** Extra controls in the toolbar (e.g. a "new" button). */
  toolbar?: ReactNode;
  /** Prefix of the URL parameters, for two tables on one page. */
  paramPrefix?: string;
  testId?: string;
};

const DEFAULT_PAGE_SIZES = [10, 20, 50, 100] as const;

/**
 * A table over TanStack Table whose paging, sorting and search happen on the server. The query
 * (page, pageSize, sort, order, q) lives in the URL, so a reload, a shared link or the back button
 * shows the same view.
 */
export function DataTable<T>({
  columns,
  fetcher,
  caption,
  getRowId,
  defaultSort,
  defaultPageSize = 20,
  pageSizes = DEFAULT_PAGE_SIZES,
  searchLabel,
  queryKey,
  reloadKey,
  exportFileName,
  toolbar,
  paramPrefix = '',
  testId = 'data-table',
}: DataTableProps<T>) {
  const { t, tKey } = useI18n();
  const [params, setParams] = useSearchParams();
  const sortable = useMemo(
    () =>
      columns
        .filter((c) => c.enableSorting !== false)
        .map((c) => c.id ?? ('accessorKey' in c ? String(c.accessorKey) : ''))
        .filter(Boolean),
    [columns],
  );
  const defaults = useMemo<QueryDefaults>(
    () => ({
      pageSize: defaultPageSize,
      pageSizes: pageSizes.includes(defaultPageSize)
        ? pageSizes
        : [...pageSizes, defaultPageSize].sort((a, b) => a - b),
      sortable,
      ...(defaultSort ? { sort: defaultSort } : {}),
    }),
    [defaultPageSize, pageSizes, sortable, defaultSort],
  );
  const query = readQuery(params, defaults, paramPrefix);
  const { page, pageSize, sort, order, q } = query;

  const setQuery = useCallback(
    (change: Partial<PageQuery>, resetPage = true) => {
      setParams((current) => {
        const base = readQuery(current, defaults, paramPrefix);
        const merged: PageQuery = { ...base, ...(resetPage ? { page: 1 } : {}), ...change };
        if (!merged.sort) {
          delete merged.sort;
          delete merged.order;
        }
        if (!merged.q) delete merged.q;
        return writeQuery(current, merged, defaults, paramPrefix);
      });
    },
    [setParams, defaults, paramPrefix],
  );

  // the fetcher may be a new function on every render: keep the latest without refetching for it
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const request: PageQuery = { page, pageSize };
  if (sort) {
    request.sort = sort;
    request.order = order ?? 'asc';
  }
  if (q) request.q = q;
  const result = useQuery({
    queryKey: [
      ...(queryKey ?? ['table', caption, paramPrefix]),
      request,
      ...(reloadKey === undefined ? [] : [reloadKey]),
    ],
    queryFn: ({ signal }) =>
      fetcherRef.current(request, signal).catch((error: unknown) => {
        if (!signal.aborted && !isApiError(error)) console.error(error);
        throw error;
      }),
    // the page on screen stays while the next one loads
    placeholderData: keepPreviousData,
  });
  const loading = result.isFetching;
  const ready = result.isSuccess && !loading;
  const failed = result.isError && !loading;

  const total = result.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  // the list shrank under us (another user's change): go to its last page
  useEffect(() => {
    if (ready && page > pageCount) setQuery({ page: pageCount }, false);
  }, [ready, page, pageCount, setQuery]);

  const sorting: SortingState = useMemo(
    () => (sort ? [{ id: sort, desc: order === 'desc' }] : []),
    [sort, order],
  );
  const items = useMemo(() => result.data?.items ?? [], [result.data]);

  const table = useReactTable<T>({
    data: items,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableSortingRemoval: !defaultSort,
    rowCount: total,
    ...(getRowId ? { getRowId: (row: T) => getRowId(row) } : {}),
    state: { pagination: { pageIndex: page - 1, pageSize }, sorting, globalFilter: q ?? '' },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      setQuery(
        first
          ? { sort: first.id, order: first.desc ? 'desc' : 'asc' }
          : { sort: undefined, order: undefined },
      );
    },
  });

  const [draft, setDraft] = useState(q ?? '');
  useEffect(() => setDraft(q ?? ''), [q]);

  const exportPage = () => {
    if (!exportFileName) return;
    const leafColumns = table.getVisibleLeafColumns().filter((c) => c.columnDef.meta?.csv !== false);
    const header = leafColumns.map((c) => {
      const h = c.columnDef.header;
      return c.columnDef.meta?.csvHeader ?? (typeof h === 'string' ? h : c.id);
    });
    const rows = table.getRowModel().rows.map((row) =>
      leafColumns.map((c) => {
        const csv = c.columnDef.meta?.csv;
        if (typeof csv === 'function') return csv(row.original);
        const value = row.getValue<unknown>(c.id);
        return value === null || value === undefined || typeof value === 'object' ? '' : (value as CsvCell);
      }),
    );
    downloadCsv(`${exportFileName}-p${page}`, toCsv(header, rows));
  };

  const searchId = useId();
  const colCount = table.getVisibleLeafColumns().length;

  return (
    <div className="data-table" data-testid={testId}>
      <div className="table-toolbar">
        {searchLabel && (
          // biome-ignore lint/a11y/useSemanticElements: <search> is too new for the older WebViews applicants use
          <form
            role="search"
            className="table-search"
            onSubmit={(e) => {
              e.preventDefault();
              setQuery({ q: draft.trim() || undefined });
            }}
          >
            <label htmlFor={searchId} className="visually-hidden">
              {searchLabel}
            </label>
            <input
              id={searchId}
              type="search"
              className="input"
              value={draft}
              placeholder={searchLabel}
              onChange={(e) => setDraft(e.target.value)}
              data-testid={`${testId}-search`}
            />
            <button type="submit" className="button" data-testid={`${testId}-search-submit`}>
              {t('table.searchSubmit')}
            </button>
            {q && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setQuery({ q: undefined })}
                data-testid={`${testId}-search-clear`}
              >
                {t('table.clearSearch')}
              </button>
            )}
          </form>
        )}
        <div className="table-toolbar-end">
          {exportFileName && (
            <button
              type="button"
              className="button"
              onClick={exportPage}
              disabled={items.length === 0}
              data-testid={`${testId}-export`}
            >
              {t('table.exportPage')}
            </button>
          )}
          {toolbar}
        </div>
      </div>

      <div className="table-status" role="status" aria-live="polite">
        {loading ? (
          <span data-testid={`${testId}-loading`}>
            <span className="spinner" aria-hidden="true" /> {t('table.loading')}
          </span>
        ) : ready ? (
          <span data-testid={`${testId}-total`}>{t('table.total', { total })}</span>
        ) : null}
      </div>

      {failed && (
        <div className="notice notice-error" role="alert" data-testid={`${testId}-error`}>
          <span>
            {t('table.loadFailed', {
              message: isApiError(result.error) ? apiErrorText(result.error, tKey) : t('error.internal'),
            })}
          </span>
          <button type="button" className="button" onClick={() => void result.refetch()}>
            {t('action.retry')}
          </button>
        </div>
      )}

      <div className="table-scroll">
        <table className={`table${loading ? ' table-loading' : ''}`} aria-busy={loading}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  const label = header.isPlaceholder
                    ? null
                    : flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={header.column.columnDef.meta?.className}
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                      }
                    >
                      {canSort ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={header.column.getToggleSortingHandler()}
                          data-testid={`sort-${header.column.id}`}
                        >
                          {label}
                          <span
                            className={`sort-indicator${sorted ? ' sort-active' : ''}`}
                            aria-hidden="true"
                          >
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-testid={`row-${row.id}`}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
            {ready && items.length === 0 && (
              <tr>
                <td colSpan={colCount} className="table-empty" data-testid={`${testId}-empty`}>
                  {t('table.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <div className="table-footer">
        <label className="page-size">
          <span>{t('table.pageSize')}</span>
          <select
            className="input input-small"
            value={pageSize}
            onChange={(e) => setQuery({ pageSize: Number(e.target.value) })}
            data-testid={`${testId}-page-size`}
          >
            {defaults.pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <nav className="pager" aria-label={t('table.pagination')}>
          <button
            type="button"
            className="button button-small"
            onClick={() => setQuery({ page: 1 }, false)}
            disabled={page <= 1}
            data-testid={`${testId}-first`}
          >
            {t('table.first')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => setQuery({ page: page - 1 }, false)}
            disabled={page <= 1}
            data-testid={`${testId}-prev`}
          >
            {t('table.prev')}
          </button>
          <span className="pager-status" data-testid={`${testId}-page`}>
            {t('table.pageOf', { page, pages: pageCount })}
          </span>
          <button
            type="button"
            className="button button-small"
            onClick={() => setQuery({ page: page + 1 }, false)}
            disabled={page >= pageCount}
            data-testid={`${testId}-next`}
          >
            {t('table.next')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => setQuery({ page: pageCount }, false)}
            disabled={page >= pageCount}
            data-testid={`${testId}-last`}
          >
            {t('table.last')}
          </button>
        </nav>
      </div>
    </div>
  );
}
