import {
  api,
  Card,
  call,
  downloadCsv,
  FormError,
  LineChart,
  LoadingScreen,
  PageHeader,
  toCsv,
  useI18n,
} from '@talent/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import '../talentCards/talentCards.css';

type Split = { green: number; ordinary: number };

/**
 * 服务时限: cases awaiting a decision, due today and overdue (green channel against ordinary), the
 * median working days from submission to decision over the period, and the same median by month as a
 * chart and a table (with CSV export). The period lives in the URL.
 */
export function ServiceLevelPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  // the figures on screen stay while another period loads
  const { data, error } = useQuery({
    queryKey: ['service-level', { from, to }],
    queryFn: ({ signal }) => call(api['service-level'].$get({ query: { from, to } }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['from', 'to']) {
      const value = String(form.get(key) ?? '');
      if (value) next.set(key, value);
    }
    setParams(next);
  };

  const days = (n: number | null) =>
    n === null ? t('sla.none') : t('sla.days', { n: n.toLocaleString(locale) });
  const figure = (label: string, split: Split, testId: string) => (
    <div className="card sla-figure" data-testid={testId}>
      <span className="muted">{label}</span>
      <span className="sla-figure-value">{(split.green + split.ordinary).toLocaleString(locale)}</span>
      <span className="sla-figure-split">
        <span data-testid={`${testId}-green`}>
          {t('sla.green')} {split.green.toLocaleString(locale)}
        </span>
        <span data-testid={`${testId}-ordinary`}>
          {t('sla.ordinary')} {split.ordinary.toLocaleString(locale)}
        </span>
      </span>
    </div>
  );

  const exportCsv = () => {
    if (!data) return;
    const header = [
      t('sla.month'),
      t('sla.greenMedian'),
      t('sla.greenDecided'),
      t('sla.ordinaryMedian'),
      t('sla.ordinaryDecided'),
    ];
    const rows = data.byMonth.map((m) => [
      m.month,
      m.green.median,
      m.green.decided,
      m.ordinary.median,
      m.ordinary.decided,
    ]);
    downloadCsv(`${t('sla.exportName')}-${data.from}-${data.to}.csv`, toCsv(header, rows));
  };

  return (
    <div className="page">
      <PageHeader title={t('sla.title')}>
        <p className="muted">{t('sla.intro')}</p>
      </PageHeader>
      <form className="sla-period" onSubmit={apply} data-testid="sla-period">
        <label className="field">
          <span className="field-label">{t('sla.from')}</span>
          <input
            className="input"
            type="date"
            name="from"
            defaultValue={from || data?.from}
            key={`from-${data?.from}`}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('sla.to')}</span>
          <input
            className="input"
            type="date"
            name="to"
            defaultValue={to || data?.to}
            key={`to-${data?.to}`}
          />
        </label>
        <button type="submit" className="button">
          {t('sla.apply')}
        </button>
      </form>
      <FormError error={error} />
      {!data && !error && <LoadingScreen />}
      {data && (
        <>
          <p className="muted" data-testid="sla-as-of">
            {t('sla.asOf', { today: data.today })}
          </p>
          <div className="sla-figures">
            {figure(t('sla.open'), data.open, 'sla-open')}
            {figure(t('sla.dueToday'), data.dueToday, 'sla-due-today')}
            {figure(t('sla.overdue'), data.overdue, 'sla-overdue')}
            <div className="card sla-figure" data-testid="sla-median">
              <span className="muted">{t('sla.median')}</span>
              <span className="sla-figure-split">
                <span data-testid="sla-median-green">
                  {t('sla.green')} <strong>{days(data.median.green.median)}</strong>
                </span>
              </span>
              <span className="sla-figure-split">
                <span data-testid="sla-median-ordinary">
                  {t('sla.ordinary')} <strong>{days(data.median.ordinary.median)}</strong>
                </span>
              </span>
              <span className="muted">
                {t('sla.decided', {
                  n: (data.median.green.decided + data.median.ordinary.decided).toLocaleString(locale),
                })}
              </span>
            </div>
          </div>
          {data.overdue.green + data.overdue.ordinary > 0 && (
            <p>
              <Link to="/settlements?overdue=true">{t('sla.toQueue')}</Link>
            </p>
          )}
          <Card>
            <LineChart
              title={t('sla.chart')}
              categories={data.byMonth.map((m) => m.month)}
              series={[
                {
                  key: 'green',
                  label: t('sla.green'),
                  values: data.byMonth.map((m) => m.green.median),
                  color: '#2e7d32',
                },
                {
                  key: 'ordinary',
                  label: t('sla.ordinary'),
                  values: data.byMonth.map((m) => m.ordinary.median),
                  color: '#1a5fb4',
                },
              ]}
              valueLabel={t('sla.axis')}
              formatValue={(v) => v.toLocaleString(locale, { maximumFractionDigits: 1 })}
              testId="sla-chart"
            />
          </Card>
          <Card title={t('sla.table')}>
            <p>
              <button
                type="button"
                className="button button-small"
                onClick={exportCsv}
                data-testid="sla-export"
              >
                {t('sla.export')}
              </button>
            </p>
            <div className="table-scroll">
              <table className="table" data-testid="sla-table">
                <thead>
                  <tr>
                    <th scope="col">{t('sla.month')}</th>
                    <th scope="col" className="num">
                      {t('sla.greenMedian')}
                    </th>
                    <th scope="col" className="num">
                      {t('sla.greenDecided')}
                    </th>
                    <th scope="col" className="num">
                      {t('sla.ordinaryMedian')}
                    </th>
                    <th scope="col" className="num">
                      {t('sla.ordinaryDecided')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.byMonth.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{m.month}</th>
                      <td className="num">{m.green.median ?? t('sla.none')}</td>
                      <td className="num">{m.green.decided}</td>
                      <td className="num">{m.ordinary.median ?? t('sla.none')}</td>
                      <td className="num">{m.ordinary.decided}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        </>
      )}
    </div>
  );
}
