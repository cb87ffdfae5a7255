import { formatFen } from '@talent/domain';
import {
  api,
  call,
  countyName,
  DataTable,
  type DataTableFetcher,
  FormError,
  formatDateTime,
  Notice,
  PageHeader,
  useI18n,
} from '@talent/ui';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { NoticeCandidate } from './types';

/**
 * Drawing up a notice: the approved claims waiting for one (names masked), ticked one by one or a
 * page at a time, or all of them at once. The notice is created as a draft; publishing is a separate,
 * confirmed step on its page.
 */
export function NewNoticePage() {
  const { t, tKey, locale } = useI18n();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [page, setPage] = useState<NoticeCandidate[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);

  const fetcher = useCallback<DataTableFetcher<NoticeCandidate>>(async (query, signal) => {
    const result = await call(
      api.bureau['public-notices'].candidates.$get(
        { query: { page: query.page, pageSize: query.pageSize } },
        { init: { signal } },
      ),
    );
    setPage(result.items);
    setTotal(result.total);
    return result;
  }, []);

  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const allOnPage = page.length > 0 && page.every((c) => selected.has(c.claimId));
  const togglePage = useCallback(
    () =>
      setSelected((current) => {
        const next = new Set(current);
        for (const c of page) {
          if (allOnPage) next.delete(c.claimId);
          else next.add(c.claimId);
        }
        return next;
      }),
    [page, allOnPage],
  );

  const create = async (claimIds: string[] | undefined) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      const { notice } = await call(
        api.bureau['public-notices'].$post({ json: claimIds ? { claimIds } : {} }),
      );
      navigate(`/notices/${notice.id}`);
    } catch (e) {
      setError(e);
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };

  const columns = useMemo(() => {
    const col = createColumnHelper<NoticeCandidate>();
    return [
      col.display({
        id: 'select',
        header: () => (
          <input
            type="checkbox"
            aria-label={t('newNotice.selectPage')}
            checked={allOnPage}
            onChange={togglePage}
            data-testid="select-page"
          />
        ),
        enableSorting: false,
        meta: { csv: false },
        cell: (i) => (
          <input
            type="checkbox"
            aria-label={t('newNotice.selectRow', { number: i.row.original.number })}
            checked={selected.has(i.row.original.claimId)}
            onChange={() => toggle(i.row.original.claimId)}
            data-testid={`select-${i.row.original.number}`}
          />
        ),
      }),
      col.accessor('number', {
        header: t('newNotice.claim'),
        enableSorting: false,
        cell: (i) => <span className="mono">{i.getValue()}</span>,
      }),
      col.accessor('name', { header: t('newNotice.name'), enableSorting: false }),
      col.accessor('tier', {
        header: t('newNotice.tier'),
        enableSorting: false,
        cell: (i) => tKey(`tier.${i.getValue()}`),
        meta: { csv: (row) => tKey(`tier.${row.tier}`) },
      }),
      col.accessor('countyCode', {
        header: t('newNotice.county'),
        enableSorting: false,
        cell: (i) => countyName(i.getValue(), locale),
        meta: { csv: (row) => countyName(row.countyCode, locale) },
      }),
      col.accessor('amountFen', {
        header: t('newNotice.amount'),
        enableSorting: false,
        cell: (i) => formatFen(i.getValue(), locale),
        meta: { className: 'num', csv: (row) => formatFen(row.amountFen, locale) },
      }),
      col.accessor('approvedAt', {
        header: t('newNotice.approvedAt'),
        enableSorting: false,
        cell: (i) => (i.getValue() ? formatDateTime(i.getValue() ?? '', locale) : '—'),
        meta: { csv: (row) => (row.approvedAt ? formatDateTime(row.approvedAt, locale) : '') },
      }),
    ];
  }, [t, tKey, locale, selected, allOnPage, toggle, togglePage]);

  return (
    <div className="page">
      <PageHeader
        title={t('newNotice.title')}
        actions={
          <Link to="/notices" className="button" data-testid="new-notice-back">
            {t('newNotice.back')}
          </Link>
        }
      />
      <p className="muted">{t('newNotice.intro')}</p>
      {total === 0 && (
        <Notice tone="neutral" testId="no-candidates">
          {t('newNotice.empty')}
        </Notice>
      )}
      <FormError error={error} />
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('newNotice.title')}
        getRowId={(row) => row.claimId}
        queryKey={['bureau', 'public-notices', 'candidates']}
        exportFileName={t('newNotice.exportName')}
        testId="candidates-table"
        toolbar={
          <span className="row-actions">
            <span data-testid="selected-count">{t('newNotice.selected', { n: selected.size })}</span>
            <button
              type="button"
              className="button button-primary"
              disabled={pending || selected.size === 0}
              onClick={() => create([...selected])}
              data-testid="create-selected"
            >
              {t('newNotice.createSelected')}
            </button>
            <button
              type="button"
              className="button"
              disabled={pending || !total}
              onClick={() => create(undefined)}
              data-testid="create-all"
            >
              {t('newNotice.createAll', { n: total ?? 0 })}
            </button>
          </span>
        }
      />
    </div>
  );
}
