import { type ReactNode, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import './rowReport.css';

export type RowReportColumn<T> = { id: string; header: string; cell: (row: T) => ReactNode };

export type RowReportProps<T> = {
  /** The table's accessible name. */
  caption: string;
  rows: readonly T[];
  /** The row's number as the user sees it in the file (e.g. the spreadsheet's row). */
  rowNumber: (row: T) => number;
  /** Why the row failed, in the user's language; none for a row that passed. */
  errors: (row: T) => readonly string[];
  columns: readonly RowReportColumn<T>[];
  /** How rows are numbered, said above the table ("row 1 is the header"). */
  convention?: string;
  /** At most this many rows on screen (a file of thousands stays responsive). */
  limit?: number;
  testId?: string;
};

/**
 * The row-by-row report of an uploaded file: each row with its number in the file and, for a row
 * that failed, every reason. "Failed rows only" starts on when any row failed.
 */
export function RowReport<T>({
  caption,
  rows,
  rowNumber,
  errors,
  columns,
  convention,
  limit = 500,
  testId = 'row-report',
}: RowReportProps<T>) {
  const t = useT();
  const failed = rows.filter((r) => errors(r).length > 0);
  const [onlyFailed, setOnlyFailed] = useState(failed.length > 0);
  const all = onlyFailed ? failed : rows;
  const shown = all.slice(0, limit);
  return (
    <div data-testid={testId}>
      {convention && <p className="muted">{convention}</p>}
      <label className="checkbox-inline">
        <input
          type="checkbox"
          checked={onlyFailed}
          onChange={(e) => setOnlyFailed(e.currentTarget.checked)}
          data-testid={`${testId}-only-failed`}
        />{' '}
        {t('rowReport.onlyFailed')}
      </label>
      {onlyFailed && failed.length === 0 ? (
        <p data-testid={`${testId}-no-failed`}>{t('rowReport.noFailed')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table row-report">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rowReport.row')}</th>
                {columns.map((c) => (
                  <th key={c.id} scope="col">
                    {c.header}
                  </th>
                ))}
                <th scope="col">{t('rowReport.result')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const reasons = errors(r);
                const n = rowNumber(r);
                return (
                  <tr
                    key={n}
                    className={reasons.length > 0 ? 'row-report-failed' : undefined}
                    data-testid={`${testId}-row-${n}`}
                  >
                    <th scope="row">{n}</th>
                    {columns.map((c) => (
                      <td key={c.id}>{c.cell(r)}</td>
                    ))}
                    <td>
                      {reasons.length === 0 ? (
                        t('rowReport.ok')
                      ) : (
                        <ul className="row-report-errors">
                          {reasons.map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {all.length > shown.length && (
        <p className="muted" data-testid={`${testId}-more`}>
          {t('rowReport.more', { shown: shown.length, total: all.length })}
        </p>
      )}
    </div>
  );
}
