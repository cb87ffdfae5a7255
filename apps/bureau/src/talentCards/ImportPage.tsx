import {
  api,
  buildUrl,
  Card,
  ConfirmDialog,
  call,
  DataTable,
  type DataTableFetcher,
  downloadCsv,
  FormError,
  formatDateTime,
  Notice,
  PageHeader,
  toCsv,
  uploadWithProgress,
  useI18n,
} from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ImportReportTable } from './ImportReportTable';
import './talentCards.css';
import type { ImportBody, ImportSummary } from './types';

type Stage = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'checking' };

/**
 * Importing a card file: upload (with progress), the row-by-row report, then an explicit choice —
 * the whole file (only when every row passed) or, after a confirmation naming the skipped rows, the
 * valid rows only. The report's id stays in the URL, so a reload shows the same report.
 */
export function ImportPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const importId = params.get('id');
  const queryClient = useQueryClient();
  const reportKey = (id: string) => ['talent-cards', 'imports', id];
  const { data, error: loadError } = useQuery({
    queryKey: reportKey(importId ?? ''),
    queryFn: ({ signal }) =>
      call(api['talent-cards'].imports[':id'].$get({ param: { id: importId ?? '' } }, { init: { signal } })),
    enabled: importId !== null,
  });
  const report = importId ? (data?.import ?? null) : null;
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState<unknown>(null);
  const [noFile, setNoFile] = useState(false);
  const [confirming, setConfirming] = useState<'all' | 'valid_only' | null>(null);
  const [committed, setCommitted] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const upload = async () => {
    const file = fileInput.current?.files?.[0];
    setNoFile(!file);
    if (!file) return;
    setError(null);
    setCommitted(null);
    setStage({ kind: 'uploading', percent: 0 });
    try {
      const body = await uploadWithProgress<ImportBody>('/api/talent-cards/imports', file, (percent) =>
        setStage(percent >= 100 ? { kind: 'checking' } : { kind: 'uploading', percent }),
      );
      queryClient.setQueryData(reportKey(body.import.id), body);
      setParams({ id: body.import.id });
    } catch (e) {
      setError(e);
    } finally {
      setStage({ kind: 'idle' });
    }
  };

  const commit = async (mode: 'all' | 'valid_only') => {
    if (!report) return;
    const body = await call(
      api['talent-cards'].imports[':id'].commit.$post({ param: { id: report.id }, json: { mode } }),
    );
    queryClient.setQueryData(reportKey(report.id), body);
    setCommitted(body.import.committedCount ?? 0);
    setConfirming(null);
  };

  const failedRows = report?.rows.filter((r) => !r.valid).map((r) => r.row) ?? [];
  // The failed rows with their reasons, to fix in the spreadsheet and import again.
  const exportFailed = () => {
    if (!report) return;
    const header = [
      t('cardImport.row'),
      t('cards.cardNumber'),
      t('cards.holderName'),
      t('cardImport.reasons'),
    ];
    const rows = report.rows
      .filter((r) => !r.valid)
      .map((r) => [r.row, r.cardNumber, r.holderName, r.errors.map((e) => e.text[locale]).join('; ')]);
    downloadCsv(
      `${report.fileName.replace(/\.[^.]+$/, '')}-${t('cardImport.failedSuffix')}.csv`,
      toCsv(header, rows),
    );
  };
  const allValid = report !== null && failedRows.length === 0 && report.missingColumns.length === 0;
  return (
    <div className="page">
      <PageHeader
        title={t('cardImport.title')}
        actions={
          <Link className="button" to="/talent-cards">
            {t('cardImport.back')}
          </Link>
        }
      >
        <p className="muted">{t('cardImport.intro')}</p>
      </PageHeader>
      {!report && (
        <Card>
          <p>
            <a
              href={buildUrl('/api/talent-cards/import-template.csv')}
              download
              data-testid="import-template"
            >
              {t('cardImport.template')}
            </a>
          </p>
          <p className="muted">{t('cardImport.columns')}</p>
          <div className="import-actions">
            <label className="inline-field">
              <span>{t('cardImport.file')}</span>
              <input
                ref={fileInput}
                type="file"
                accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                data-testid="import-file"
                disabled={stage.kind !== 'idle'}
              />
            </label>
            <button
              type="button"
              className="button button-primary"
              onClick={upload}
              disabled={stage.kind !== 'idle'}
              data-testid="import-upload"
            >
              {t('cardImport.upload')}
            </button>
          </div>
          {stage.kind === 'uploading' && (
            <p>
              <progress className="upload-progress" max={100} value={stage.percent} />{' '}
              {t('cardImport.uploading', { percent: stage.percent })}
            </p>
          )}
          {stage.kind === 'checking' && (
            <p role="status" data-testid="import-checking">
              <progress className="upload-progress" /> {t('cardImport.checking')}
            </p>
          )}
          {noFile && (
            <Notice tone="error" testId="import-no-file">
              {t('validation.talentCard.file')}
            </Notice>
          )}
          <FormError error={error ?? loadError} />
        </Card>
      )}
      {report && (
        <Card title={report.fileName} testId="import-result">
          <p data-testid="import-summary">
            {t('cardImport.summary', {
              fileName: report.fileName,
              rowCount: report.rowCount,
              validCount: report.validCount,
              invalidCount: report.rowCount - report.validCount,
            })}
          </p>
          {report.missingColumns.length > 0 && (
            <Notice tone="error" testId="import-missing-columns">
              {t('cardImport.missingColumns', {
                columns: report.missingColumns.map((c) => t(`cardImport.field.${c}`)).join('、'),
              })}
            </Notice>
          )}
          {committed !== null && (
            <Notice tone="success" testId="import-committed">
              {t('cardImport.committed', { n: committed })}
            </Notice>
          )}
          {report.status === 'committed' && committed === null && (
            <Notice tone="info" testId="import-already">
              {t('cardImport.alreadyCommitted', {
                at: report.committedAt ? formatDateTime(report.committedAt, locale) : '',
                n: report.committedCount ?? 0,
              })}
            </Notice>
          )}
          {report.status === 'validated' && (
            <div className="import-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={!allValid}
                aria-describedby={allValid ? undefined : 'import-all-disabled'}
                onClick={() => setConfirming('all')}
                data-testid="import-all"
              >
                {t('cardImport.importAll')}
              </button>
              {!allValid && report.validCount > 0 && (
                <button
                  type="button"
                  className="button"
                  onClick={() => setConfirming('valid_only')}
                  data-testid="import-valid-only"
                >
                  {t('cardImport.importValid', { n: report.validCount })}
                </button>
              )}
              {!allValid && (
                <span id="import-all-disabled" className="muted">
                  {t('cardImport.importAllDisabled')}
                </span>
              )}
            </div>
          )}
          <p className="import-actions">
            {failedRows.length > 0 && (
              <button
                type="button"
                className="button button-small"
                onClick={exportFailed}
                data-testid="import-export-failed"
              >
                {t('cardImport.exportFailed')}
              </button>
            )}
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setCommitted(null);
                setError(null);
                setParams({});
              }}
              data-testid="import-another"
            >
              {t('cardImport.another')}
            </button>
          </p>
          <ImportReportTable rows={report.rows} />
        </Card>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'all' ? t('cardImport.confirmAllTitle') : t('cardImport.confirmValidTitle')}
        message={
          report
            ? confirming === 'all'
              ? t('cardImport.confirmAll', { n: report.rowCount })
              : t('cardImport.confirmValid', {
                  n: report.validCount,
                  skipped: failedRows.length,
                  rows: failedRows.slice(0, 20).join('、') + (failedRows.length > 20 ? '…' : ''),
                })
            : ''
        }
        confirmLabel={
          confirming === 'all'
            ? t('cardImport.importAll')
            : t('cardImport.importValid', { n: report?.validCount ?? 0 })
        }
        onConfirm={() => (confirming ? commit(confirming) : undefined)}
        onCancel={() => setConfirming(null)}
        testId="import-confirm"
      />
      <RecentImports reloadKey={report?.status} />
    </div>
  );
}

function RecentImports({ reloadKey }: { reloadKey: unknown }) {
  const { t, tKey, locale } = useI18n();
  const fetcher = useCallback<DataTableFetcher<ImportSummary>>(
    (query, signal) =>
      call(
        api['talent-cards'].imports.$get(
          { query: { page: query.page, pageSize: query.pageSize } },
          { init: { signal } },
        ),
      ),
    [],
  );
  const columns = useMemo(() => {
    const col = createColumnHelper<ImportSummary>();
    return [
      col.accessor('fileName', {
        header: t('cardImport.fileName'),
        enableSorting: false,
        cell: (i) => (
          <Link to={`/talent-cards/import?id=${encodeURIComponent(i.row.original.id)}`}>{i.getValue()}</Link>
        ),
      }),
      col.accessor('status', {
        header: t('cardImport.status'),
        enableSorting: false,
        cell: (i) => tKey(`cardImport.status.${i.getValue()}`),
        meta: { csv: (row) => tKey(`cardImport.status.${row.status}`) },
      }),
      col.display({
        id: 'counts',
        header: t('cardImport.counts'),
        cell: (i) =>
          `${i.row.original.rowCount} / ${i.row.original.validCount} / ${i.row.original.committedCount ?? '—'}`,
        meta: { csv: (row) => `${row.rowCount}/${row.validCount}/${row.committedCount ?? ''}` },
      }),
      col.accessor('createdAt', {
        header: t('cardImport.createdAt'),
        enableSorting: false,
        cell: (i) => formatDateTime(i.getValue(), locale),
        meta: { csv: (row) => formatDateTime(row.createdAt, locale) },
      }),
    ];
  }, [t, tKey, locale]);
  return (
    <Card title={t('cardImport.recent')}>
      <DataTable
        columns={columns}
        fetcher={fetcher}
        caption={t('cardImport.recent')}
        getRowId={(row) => row.id}
        queryKey={['talent-cards', 'imports']}
        reloadKey={reloadKey}
        paramPrefix="imports_"
        defaultPageSize={10}
        testId="imports-table"
      />
    </Card>
  );
}
