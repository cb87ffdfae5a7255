import { type Award, formatFen } from '@talent/domain';
import { useI18n } from '../i18n/I18nProvider';
import { Badge, type Tone } from '../shell/Notice';
import { Facts } from '../shell/Page';
import './subsidy.css';

/**
 * An award as the calculator made it (二(四)5): the totals in yuan from integer fen, the plain-language
 * explanation with its clause, and every instalment with its due date. The same component shows the
 * claimant's live preview, the award as approved, and the reviewer's view of it.
 */
export function AwardSummary({
  award,
  estimate = false,
  testId = 'award-summary',
}: {
  award: Award;
  /** The dates are counted from an assumed start (a preview, or before the public notice ends). */
  estimate?: boolean;
  testId?: string;
}) {
  const { t, tKey, locale } = useI18n();
  const yuan = (fen: number) => formatFen(fen, locale);
  return (
    <div className="award-summary" data-testid={testId}>
      <Facts
        items={[
          { label: t('subsidy.total'), value: yuan(award.totalFen), testId: `${testId}-total` },
          { label: t('subsidy.settlingIn'), value: yuan(award.settlingInFen) },
          { label: t('subsidy.livingAllowance'), value: yuan(award.livingAllowanceFen) },
          { label: t('subsidy.serviceEndsOn'), value: award.serviceEndsOn },
          { label: t('subsidy.policyVersion'), value: award.policyVersionId },
        ]}
      />
      <p className="award-explanation" data-testid={`${testId}-explanation`}>
        {award.explanation[locale]}
      </p>
      {estimate && <p className="muted">{t('subsidy.datesEstimate', { date: award.startDate })}</p>}
      <details className="award-lines">
        <summary>{t('subsidy.lines', { n: award.lines.length })}</summary>
        <table className="table" data-testid={`${testId}-lines`}>
          <thead>
            <tr>
              <th scope="col">{t('subsidy.line')}</th>
              <th scope="col">{t('subsidy.dueDate')}</th>
              <th scope="col" className="num">
                {t('subsidy.amount')}
              </th>
              <th scope="col">{t('eligibility.clause')}</th>
            </tr>
          </thead>
          <tbody>
            {award.lines.map((line) => (
              <tr key={line.id}>
                <td>{tKey(`subsidy.kind.${line.kind}`, { n: line.sequence, of: line.of })}</td>
                <td>{line.dueDate}</td>
                <td className="num">{yuan(line.amountFen)}</td>
                <td className="muted">{line.clause}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

export type PaymentRow = {
  id: string;
  kind: string;
  sequence: number;
  of: number;
  amountFen: number;
  dueDate: string;
  state: string;
  paidOn: string | null;
  failureReason: string | null;
  reissued: boolean;
};

const paymentTone: Record<string, Tone> = {
  scheduled: 'neutral',
  in_batch: 'info',
  paid: 'success',
  failed: 'error',
  cancelled: 'neutral',
};

/** The payment history: each instalment scheduled, in a batch, paid, failed (with the bank's reason) or reissued. */
export function PaymentHistory({
  payments,
  testId = 'payment-history',
}: {
  payments: readonly PaymentRow[];
  testId?: string;
}) {
  const { t, tKey, locale } = useI18n();
  if (payments.length === 0)
    return (
      <p className="muted" data-testid={`${testId}-empty`}>
        {t('subsidy.noPayments')}
      </p>
    );
  const paid = payments.filter((p) => p.state === 'paid').reduce((sum, p) => sum + p.amountFen, 0);
  return (
    <div data-testid={testId}>
      <p>{t('subsidy.paidSoFar', { amount: formatFen(paid, locale) })}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('subsidy.line')}</th>
            <th scope="col">{t('subsidy.dueDate')}</th>
            <th scope="col" className="num">
              {t('subsidy.amount')}
            </th>
            <th scope="col">{t('subsidy.paymentState')}</th>
          </tr>
        </thead>
        <tbody>
          {payments.map((p) => (
            <tr key={p.id} data-testid={`${testId}-row`} data-state={p.state}>
              <td>{tKey(`subsidy.kind.${p.kind}`, { n: p.sequence, of: p.of })}</td>
              <td>{p.dueDate}</td>
              <td className="num">{formatFen(p.amountFen, locale)}</td>
              <td>
                <Badge tone={paymentTone[p.state] ?? 'neutral'}>{tKey(`state.${p.state}`)}</Badge>
                {p.reissued && <Badge tone="info">{t('subsidy.reissued')}</Badge>}
                {p.paidOn && <span className="muted"> {p.paidOn}</span>}
                {p.failureReason && <span className="muted"> {p.failureReason}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
