import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart, LineChart } from './Chart';

const props = {
  title: 'Median working days',
  categories: ['2026-01', '2026-02'],
  series: [
    { key: 'green', label: 'Green channel', values: [0.5, null] },
    { key: 'ordinary', label: 'Ordinary', values: [3, 4.25] },
  ],
  valueLabel: 'working days',
  formatValue: (v: number) => v.toFixed(1),
};

describe('charts', () => {
  it.each([
    ['line', LineChart],
    ['bar', BarChart],
  ] as const)('%s chart gives its figures as a table, with a dash where a series has none', (_, Chart) => {
    render(<Chart {...props} testId="chart" />);
    const table = within(screen.getByTestId('chart')).getByRole('table', { name: 'Median working days' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'working daysGreen channelOrdinary',
      '2026-010.53.0',
      '2026-02–4.3',
    ]);
  });
});
