import { RowReport, useI18n } from '@talent/ui';
import type { ImportRow } from './types';

/**
 * The card import's row-by-row report: spreadsheet row numbers (header = row 1), the card's fields,
 * and each failure's reason in the officer's language, field first.
 */
export function ImportReportTable({ rows }: { rows: readonly ImportRow[] }) {
  const { t, tKey, locale } = useI18n();
  return (
    <RowReport
      caption={t('cardImport.reportCaption')}
      rows={rows}
      rowNumber={(r) => r.row}
      errors={(r) => r.errors.map((e) => `${tKey(`cardImport.field.${e.field}`)}:${e.text[locale]}`)}
      convention={t('cardImport.rowConvention')}
      columns={[
        {
          id: 'cardNumber',
          header: t('cards.cardNumber'),
          cell: (r) => <span className="mono">{r.cardNumber}</span>,
        },
        { id: 'holderName', header: t('cards.holderName'), cell: (r) => r.holderName },
        {
          id: 'holderResidentId',
          header: t('cards.holderResidentId'),
          cell: (r) => <span className="mono">{r.holderResidentId ?? ''}</span>,
        },
        { id: 'tier', header: t('cards.tier'), cell: (r) => r.tier ?? '' },
        { id: 'issueDate', header: t('cards.issueDate'), cell: (r) => r.issueDate ?? '' },
        { id: 'expiryDate', header: t('cards.expiryDate'), cell: (r) => r.expiryDate ?? '' },
      ]}
      testId="import"
    />
  );
}
