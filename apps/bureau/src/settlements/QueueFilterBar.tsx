import { settlementRoutes, tiers } from '@talent/domain';
import { countyOptions, useI18n } from '@talent/ui';
import type { ReactNode } from 'react';
import { ALL, AWAITING, type QueueFilterValues, queueStates } from './queueFilters';

/** The queue's filters: route, county, status, tier, green channel, overdue; every change starts at page 1. */
export function QueueFilterBar({
  values,
  onChange,
  onClear,
}: {
  values: QueueFilterValues;
  onChange: (change: Partial<QueueFilterValues>) => void;
  onClear: () => void;
}) {
  const { t, tKey, locale } = useI18n();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of filters, not a form that is submitted
    <div className="queue-filters" role="group" aria-label={t('queue.filters')} data-testid="queue-filters">
      <Select
        label={t('queue.filter.route')}
        value={values.route ?? ''}
        onChange={(v) => onChange({ route: v || undefined })}
        testId="filter-route"
      >
        <option value="">{t('queue.filter.any')}</option>
        {settlementRoutes.map((r) => (
          <option key={r} value={r}>
            {tKey(`route.${r}`)}
          </option>
        ))}
      </Select>
      <Select
        label={t('queue.filter.county')}
        value={values.county ?? ''}
        onChange={(v) => onChange({ county: v || undefined })}
        testId="filter-county"
      >
        <option value="">{t('queue.filter.any')}</option>
        {countyOptions(locale).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
      <Select
        label={t('queue.filter.state')}
        value={values.state}
        onChange={(v) => onChange({ state: v })}
        testId="filter-state"
      >
        <option value={ALL}>{t('queue.filter.any')}</option>
        <option value={AWAITING}>{t('queue.tab.awaiting')}</option>
        {queueStates.map((s) => (
          <option key={s} value={s}>
            {tKey(`state.${s}`)}
          </option>
        ))}
      </Select>
      <Select
        label={t('queue.filter.tier')}
        value={values.tier ?? ''}
        onChange={(v) => onChange({ tier: v || undefined })}
        testId="filter-tier"
      >
        <option value="">{t('queue.filter.any')}</option>
        {tiers.map((tier) => (
          <option key={tier} value={tier}>
            {tKey(`tier.${tier}`)}
          </option>
        ))}
      </Select>
      <Select
        label={t('queue.filter.green')}
        value={values.green ?? ''}
        onChange={(v) => onChange({ green: v === 'true' || v === 'false' ? v : undefined })}
        testId="filter-green"
      >
        <option value="">{t('queue.filter.any')}</option>
        <option value="true">{t('queue.filter.greenOnly')}</option>
        <option value="false">{t('queue.filter.ordinaryOnly')}</option>
      </Select>
      <label className="queue-filter queue-filter-check">
        <input
          type="checkbox"
          checked={values.overdue}
          onChange={(e) => onChange({ overdue: e.target.checked })}
          data-testid="filter-overdue"
        />
        <span>{t('queue.filter.overdue')}</span>
      </label>
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={onClear}
        data-testid="filter-clear"
      >
        {t('queue.filter.clear')}
      </button>
    </div>
  );
}

function Select({
  label,
  value,
  onChange,
  testId,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <label className="queue-filter">
      <span>{label}</span>
      <select
        className="input input-small"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      >
        {children}
      </select>
    </label>
  );
}
