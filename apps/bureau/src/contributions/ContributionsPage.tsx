import type { ApiClient } from '@talent/api/client';
import {
  type Audience,
  api,
  Badge,
  Card,
  call,
  canSee,
  DataTable,
  type DataTableFetcher,
  FormError,
  formatDateTime,
  Notice,
  PageHeader,
  uploadWithProgress,
  useCurrentUser,
  useI18n,
} from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import type { InferResponseType } from 'hono/client';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import '../statistics/aftercare.css';

type Imports = ApiClient['api']['bureau']['contribution-imports'];
type ImportSummary = InferResponseType<Imports['$get'], 200>['items'][number];
type ImportReport = InferResponseType<Imports[':id']['$get'], 200>;
type ReportRow = ImportReport['report'][number];

const importers: Audience = { calls: 'POST /api/bureau/contribution-imports' };

const outcomeTone = { applied: 'success', skipped: 'neutral', valid: 'neutral', error: 'error' } as const;

/**
 * The social-insurance agency's contributions file: upload (with progress), then the report row by
 * row — applied whole, or refused whole with each wrong row's reason. Earlier imports stay listed with
 * their reports (resident IDs masked).
 */
export function ContributionsPage() {
  const { t, tKey, locale } = useI18n();
  const user = useCurrentUser();
  const mayImport = canSee(importers, user);
  const [params, setParams] = useSearchParams();
  const importId = params.get('id');
  const fileInput = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const reportKey = (id: string) => ['bureau', 'contribution-imports', id];
  const { data: report, error: loadError } = useQuery({
    queryKey: reportKey(importId ?? ''),
    queryFn: ({ signal }) =>
      call(
        api.bureau['contribution-imports'][':id'].$get(
          { param: { id: importId ?? '' } },
          { init: { signal } },
        ),
      ),
    enabled: importId !== null,
  });

  const upload = async () => {
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setError(new Error(t('contributions.file')));
      return;
    }
    setError(null);
    setPercent(0);
    try {
      const body = await uploadWithProgress<ImportReport>(
        '/api/bureau/contribution-imports',
        file,
        setPercent,
      );
      queryClient.setQueryData(reportKey(body.item.id), body);
      setParams({ id: body.item.id });
      void queryClient.invalidateQueries({ queryKey: ['bureau', 'contribution-imports'] });
      if (fileInput.current) fileInput.current.value = '';
    } catch (e) {
      setError(e);
    } finally {
      setPercent(null);
    }
  };

  const history = useCallback<DataTableFetcher<ImportSummary>>(
    (query, signal) =>
      call(
        api.bureau['contribution-imports'].$get(
          { query: { page: query.page, pageSize: query.pageSize } },
          { init: { signal } },
        ),
      ),
    [],
  );
  const historyColumns = useMemo(() => {
    const col = createColumnHelper<ImportSummary>();
    return [
      col.accessor('fileName', { header: t('contributions.fileName'), enableSorting: false }),
      col.accessor('status', {
        header: t('contributions.status'),
        enableSorting: false,
        cell: (i) => (
          <Badge tone={i.getValue() === 'applied' ? 'success' : 'error'}>
            {t(`contributions.status.${i.getValue()}`)}
          </Badge>
        ),
        meta: { csv: (row) => t(`contributions.status.${row.status}`) },
      }),
      col.display({
        id: 'counts',
        header: t('contributions.outcome'),
        cell: (i) =>
          t('contributions.counts', {
            rows: i.row.original.rowCount,
            applied: i.row.original.appliedCount,
            skipped: i.row.original.skippedCount,
            errors: i.row.original.errorCount,
          }),
      }),
      col.accessor('createdBy', { header: t('contributions.createdBy'), enableSorting: false }),
      col.accessor('createdAt', {
        header: t('contributions.createdAt'),
        enableSorting: false,
        cell: (i) => formatDateTime(i.getValue(), locale),
      }),
      col.display({
        id: 'open',
        header: '',
        meta: { csv: false },
        cell: (i) => (
          <button
            type="button"
            className="button button-small"
            onClick={() => setParams({ id: i.row.original.id })}
            data-testid={`import-open-${i.row.original.id}`}
          >
            {t('contributions.viewReport')}
          </button>
        ),
      }),
    ];
  }, [t, locale, setParams]);

  const rows: ReportRow[] = (importId ? report?.report : undefined) ?? [];
  return (
    <div className="page">
      <PageHeader title={t('contributions.title')}>
        <p className="muted">{t('contributions.intro')}</p>
      </PageHeader>
      {mayImport ? (
        <Card>
          <div className="queue-filters">
            <label className="queue-filter">
              <span>{t('contributions.file')}</span>
              <input
                ref={fileInput}
                type="file"
                accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                data-testid="contributions-file"
                disabled={percent !== null}
              />
            </label>
            <button
              type="button"
              className="button button-primary"
              onClick={upload}
              disabled={percent !== null}
              data-testid="contributions-upload"
            >
              {t('contributions.upload')}
            </button>
          </div>
          {percent !== null && (
            <p role="status">
              <progress className="upload-progress" max={100} value={percent} />{' '}
              {t('contributions.uploading')}
            </p>
          )}
          <FormError error={error ?? loadError} />
        </Card>
      ) : (
        <Notice tone="neutral">{t('contributions.readOnly')}</Notice>
      )}
      {importId && report && (
        <Card
          title={t('contributions.reportOf', { file: report.item.fileName })}
          testId="contributions-report"
        >
          <Notice tone={report.item.status === 'applied' ? 'success' : 'error'} testId="contributions-result">
            {report.item.status === 'applied'
              ? t('contributions.applied', {
                  applied: report.item.appliedCount,
                  skipped: report.item.skippedCount,
                })
              : t('contributions.rejected', { errors: report.item.errorCount })}
          </Notice>
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('contributions.row')}</th>
                  <th>{t('contributions.residentId')}</th>
                  <th>{t('contributions.month')}</th>
                  <th>{t('contributions.outcome')}</th>
                  <th>{t('contributions.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {[...rows]
                  .sort(
                    (a, b) => Number(b.outcome === 'error') - Number(a.outcome === 'error') || a.row - b.row,
                  )
                  .map((r) => (
                    <tr
                      key={r.row}
                      className={r.outcome === 'error' ? 'import-row-error' : undefined}
                      data-testid={`report-row-${r.row}`}
                    >
                      <td>{r.row}</td>
                      <td className="mono">{r.residentId ?? '—'}</td>
                      <td>{r.month ?? '—'}</td>
                      <td>
                        <Badge tone={outcomeTone[r.outcome]}>{t(`contributions.outcome.${r.outcome}`)}</Badge>
                      </td>
                      <td>{r.codes.map((c) => tKey(c)).join(';')}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
      <h2>{t('contributions.history')}</h2>
      <DataTable
        columns={historyColumns}
        fetcher={history}
        caption={t('contributions.history')}
        getRowId={(row) => row.id}
        queryKey={['bureau', 'contribution-imports']}
        exportFileName={t('contributions.exportName')}
        paramPrefix="h"
        testId="contributions-history"
      />
    </div>
  );
}
