import { formatFen } from '@talent/domain';
import {
  api,
  apiErrorText,
  Badge,
  Card,
  call,
  formatDateTime,
  isApiError,
  RowReport,
  uploadWithProgress,
  useI18n,
} from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportReport } from './types';

type Issue = ImportReport['issues'][number];
/** What the page says after an upload: applied, checked only, or refused with the report below. */
export type BatchDone = { tone: 'success' | 'warning' | 'error'; text: string };

/**
 * The bank's result file for a batch sent to it: uploaded with progress (multipart, so through
 * uploadWithProgress rather than the typed client), checked only if asked, and when refused the
 * line-by-line report. The batch, its imports and its lines load again afterwards.
 */
export function BatchResults({ id, onDone }: { id: string; onDone: (done: BatchDone | null) => void }) {
  const { t, tKey, locale } = useI18n();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<Issue[] | null>(null);
  const [checkOnly, setCheckOnly] = useState(false);
  const upload = async (file: File) => {
    setReport(null);
    onDone(null);
    setProgress(0);
    try {
      const result = await uploadWithProgress<ImportReport>(
        `/api/disbursements/${encodeURIComponent(id)}/results${checkOnly ? '?check=true' : ''}`,
        file,
        setProgress,
      );
      const counts = {
        paid: result.paidCount,
        amount: formatFen(result.paidFen, locale),
        failed: result.failedCount,
      };
      onDone({
        tone: 'success',
        text: t(result.status === 'validated' ? 'batch.checked' : 'batch.applied', counts),
      });
    } catch (e) {
      const details = isApiError(e) ? (e.details as Partial<ImportReport> | undefined) : undefined;
      if (details?.issues) {
        setReport(details.issues);
        onDone({
          tone: 'error',
          text: t('batch.rejected', { count: details.issueCount ?? details.issues.length }),
        });
      } else {
        onDone({ tone: 'error', text: isApiError(e) ? apiErrorText(e, tKey) : t('error.internal') });
      }
    } finally {
      setProgress(null);
      await queryClient.invalidateQueries({ queryKey: ['disbursements', id] });
    }
  };

  return (
    <Card title={t('batch.results')}>
      <p className="hint">{t('batch.resultsHint')}</p>
      <label className="button">
        {t('batch.chooseFile')}
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="visually-hidden"
          disabled={progress !== null}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void upload(file);
          }}
          data-testid="results-file"
        />
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checkOnly}
          onChange={(e) => setCheckOnly(e.currentTarget.checked)}
          data-testid="results-check-only"
        />{' '}
        {t('batch.checkOnly')}
      </label>
      {progress !== null && (
        <p role="status" data-testid="results-progress">
          <progress max={100} value={progress} /> {t('batch.uploading', { percent: progress })}
        </p>
      )}
      {report && (
        <RowReport
          caption={t('batch.reportCaption')}
          rows={report}
          rowNumber={(issue) => issue.row}
          errors={(issue) => [
            tKey(`disbursement.issue.${issue.code}`, issue.column ? { column: issue.column } : undefined),
          ]}
          columns={[
            {
              id: 'reference',
              header: t('batch.reportReference'),
              cell: (issue) => issue.reference ?? '',
            },
          ]}
          convention={t('batch.reportConvention')}
          testId="results-report"
        />
      )}
    </Card>
  );
}

/** The result files uploaded for the batch so far, newest first, with what each did. */
export function BatchImports({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const imports =
    useQuery({
      queryKey: ['disbursements', id, 'imports'],
      queryFn: ({ signal }) =>
        call(api.disbursements[':id'].imports.$get({ param: { id } }, { init: { signal } })),
    }).data?.items ?? [];
  if (imports.length === 0) return null;
  return (
    <Card title={t('batch.imports')}>
      <ul data-testid="batch-imports">
        {imports.map((i) => (
          <li key={i.id}>
            <Badge tone={i.status === 'applied' ? 'success' : i.status === 'validated' ? 'info' : 'error'}>
              {t(`batch.importStatus.${i.status}`)}
            </Badge>{' '}
            {t('batch.importLine', {
              file: i.fileName,
              rows: i.rowCount,
              paid: i.paidCount,
              failed: i.failedCount,
              issues: i.issueCount,
              by: i.createdBy,
              at: formatDateTime(i.createdAt, locale),
            })}
          </li>
        ))}
      </ul>
    </Card>
  );
}
