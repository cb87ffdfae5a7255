import { useI18n } from '@talent/ui';
import { useState } from 'react';
import type { ImportRow } from './types';

/** At most this many rows on screen at once: a 5,000-row file stays responsive; failed rows come first. */
const SHOWN = 500;

/**
 * The import's row-by-row report: every row with its spreadsheet row number (header = row 1) and
 * each failure's reason in the officer's language. "Failed rows only" is on when any row failed.
 */
export function ImportReportTable({ rows }: { rows: readonly ImportRow[] }) {
  const { t, tKey, locale } = useI18n();
  const failed = rows.filter((r) => !r.valid);
  const [onlyFailed, setOnlyFailed] = useState(failed.length > 0);
  const shown = (onlyFailed ? failed : rows).slice(0, SHOWN);
  return (
    <div data-testid="import-report">
      <p className="muted">{t('cardImport.rowConvention')}</p>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={onlyFailed}
          onChange={(e) => setOnlyFailed(e.currentTarget.checked)}
          data-testid="import-only-failed"
        />
        <span>{t('cardImport.onlyFailed')}</span>
      </label>
      {onlyFailed && failed.length === 0 ? (
        <p data-testid="import-no-failed">{t('cardImport.noFailed')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table import-report-table">
            <caption className="visually-hidden">{t('cardImport.reportCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cardImport.row')}</th>
                <th scope="col">{t('cards.cardNumber')}</th>
                <th scope="col">{t('cards.holderName')}</th>
                <th scope="col">{t('cards.holderResidentId')}</th>
                <th scope="col">{t('cards.tier')}</th>
                <th scope="col">{t('cards.issueDate')}</th>
                <th scope="col">{t('cards.expiryDate')}</th>
                <th scope="col">{t('cardImport.result')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr
                  key={r.row}
                  className={r.valid ? undefined : 'import-row-failed'}
                  data-testid={`import-row-${r.row}`}
                >
                  <th scope="row">{r.row}</th>
                  <td className="mono">{r.cardNumber}</td>
                  <td>{r.holderName}</td>
                  <td className="mono">{r.holderResidentId ?? ''}</td>
                  <td>{r.tier ?? ''}</td>
                  <td>{r.issueDate ?? ''}</td>
                  <td>{r.expiryDate ?? ''}</td>
                  <td>
                    {r.valid ? (
                      t('cardImport.ok')
                    ) : (
                      <ul className="import-errors">
                        {r.errors.map((e) => (
                          <li key={`${e.field}:${e.messageKey}`}>
                            {tKey(`cardImport.field.${e.field}`)}:{e.text[locale]}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
