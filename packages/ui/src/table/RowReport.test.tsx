import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { RowReport } from './RowReport';

type Row = { row: number; card: string; errors: string[] };
const rows: Row[] = [
  { row: 2, card: 'A-1', errors: [] },
  { row: 3, card: 'A-2', errors: ['卡号在文件中重复(另见第7行)'] },
  { row: 7, card: 'A-2', errors: ['发卡日期:日期无效', '卡号在文件中重复(另见第3行)'] },
];

function renderReport(list: Row[], limit?: number) {
  return render(
    <I18nProvider initialLocale="zh-CN">
      <RowReport
        caption="report"
        rows={list}
        rowNumber={(r) => r.row}
        errors={(r) => r.errors}
        columns={[{ id: 'card', header: '卡号', cell: (r) => r.card }]}
        convention="第1行为表头"
        limit={limit}
      />
    </I18nProvider>,
  );
}

const rowNumbers = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByRole('rowheader').textContent);

describe('RowReport', () => {
  it('starts with the failed rows only, each with its file row number and every reason', () => {
    renderReport(rows);
    expect(rowNumbers()).toEqual(['3', '7']);
    const seven = screen.getByTestId('row-report-row-7');
    expect(
      within(seven)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['发卡日期:日期无效', '卡号在文件中重复(另见第3行)']);
    expect(screen.getByText('第1行为表头')).toBeTruthy();
  });

  it('shows every row when the filter is turned off, the passing ones marked', () => {
    renderReport(rows);
    fireEvent.click(screen.getByTestId('row-report-only-failed'));
    expect(rowNumbers()).toEqual(['2', '3', '7']);
    expect(within(screen.getByTestId('row-report-row-2')).getAllByRole('cell').at(-1)?.textContent).toBe(
      '通过',
    );
  });

  it('says so when nothing failed, and how many rows it left out past its limit', () => {
    const ok = Array.from({ length: 4 }, (_, i) => ({ row: i + 2, card: `B-${i}`, errors: [] }));
    renderReport(ok, 3);
    expect((screen.getByTestId('row-report-only-failed') as HTMLInputElement).checked).toBe(false);
    expect(rowNumbers()).toEqual(['2', '3', '4']);
    expect(screen.getByTestId('row-report-more').textContent).toBe('仅显示前 3 行,共 4 行');
  });
});
