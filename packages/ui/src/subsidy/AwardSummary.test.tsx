import { calculateAward, defaultPolicyVersion } from '@talent/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/utils';
import { AwardSummary, PaymentHistory, type PaymentRow } from './AwardSummary';

const award = calculateAward({ tier: 'doctorate', startDate: '2026-03-02' }, defaultPolicyVersion);

const line = (state: string, extra: Partial<PaymentRow> = {}): PaymentRow => ({
  id: `l-${state}`,
  kind: 'living_allowance',
  sequence: 1,
  of: 36,
  amountFen: 300_000,
  dueDate: '2026-03-02',
  state,
  paidOn: null,
  failureReason: null,
  reissued: false,
  ...extra,
});

describe('AwardSummary', () => {
  it('shows the totals in yuan from fen, the explanation and every instalment with its due date', () => {
    renderWithProviders(<AwardSummary award={award} estimate />);
    expect(screen.getByTestId('award-summary-total').textContent).toBe('208,000元');
    expect(screen.getByTestId('award-summary-explanation').textContent).toContain('二(四)5');
    const rows = screen.getByTestId('award-summary-lines').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(3 + 36);
    expect(rows[1]?.textContent).toContain('33,333.33元');
    expect(screen.getByText(/估算/)).toBeTruthy();
  });
});

describe('PaymentHistory', () => {
  it('says nothing is paid yet, then lists paid, failed and reissued lines with what was paid', () => {
    const { unmount } = renderWithProviders(<PaymentHistory payments={[]} />);
    expect(screen.getByTestId('payment-history-empty')).toBeTruthy();
    unmount();
    renderWithProviders(
      <PaymentHistory
        payments={[
          line('paid', { id: 'a', paidOn: '2026-03-05' }),
          line('failed', { id: 'b', sequence: 2, failureReason: '户名与账号不符' }),
          line('paid', { id: 'c', sequence: 3, reissued: true }),
        ]}
      />,
    );
    expect(screen.getByText('已发放合计6,000元')).toBeTruthy();
    expect(screen.getByText(/户名与账号不符/)).toBeTruthy();
    expect(screen.getByText('已重新发放')).toBeTruthy();
    expect(screen.getAllByTestId('payment-history-row').map((r) => r.dataset.state)).toEqual([
      'paid',
      'failed',
      'paid',
    ]);
  });
});
