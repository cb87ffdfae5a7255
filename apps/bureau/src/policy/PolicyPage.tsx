import { formatFen, type PolicyVersion, tiers } from '@talent/domain';
import {
  api,
  apiErrorText,
  Badge,
  Card,
  call,
  canSee,
  Facts,
  formatDate,
  isApiError,
  LoadingScreen,
  Notice,
  PageHeader,
  type Tone,
  useCurrentUser,
  useI18n,
} from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import '../statistics/aftercare.css';
import { policyAdmins } from '../audiences';
import { formatValue, parameterLabel } from './policyLabels';
import { policyVersionsQuery, type VersionItem } from './types';

const statusTone: Record<VersionItem['status'], Tone> = {
  in_force: 'success',
  future: 'warning',
  past: 'neutral',
};

/**
 * The policy's parameter versions (二(四)5 amounts and periods as data): the list with the one in
 * force, the chosen version's amounts by tier in yuan and its other parameters, and what it changed
 * from the version before, highlighted.
 */
export function PolicyPage() {
  const { t, tKey, locale } = useI18n();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const { data, error } = useQuery(policyVersionsQuery);
  const versions = data?.items;

  const selected =
    versions?.find((v) => v.key === params.get('v')) ?? versions?.find((v) => v.status === 'in_force');
  const key = selected?.key ?? '';
  const { data: diff } = useQuery({
    queryKey: ['policy', 'versions', key, 'diff'],
    queryFn: ({ signal }) =>
      call(api.policy.versions[':key'].diff.$get({ param: { key } }, { init: { signal } })),
    enabled: selected !== undefined,
  });

  if (error) {
    return (
      <Notice tone="error" testId="policy-error">
        {isApiError(error) ? apiErrorText(error, tKey) : t('error.internal')}
      </Notice>
    );
  }
  if (!versions || !selected) return <LoadingScreen />;
  const policy: PolicyVersion = selected.policy;
  const changed = new Set(diff?.changes.map((c) => c.path) ?? []);
  const cell = (path: string, text: string) => (
    <td className={changed.has(path) ? 'policy-changed' : undefined} data-testid={`param-${path}`}>
      {text}
    </td>
  );

  return (
    <div className="page">
      <PageHeader
        title={t('policy.title')}
        actions={
          canSee(policyAdmins, user) && (
            <Link className="button button-primary" to="/policy/new" data-testid="policy-new">
              {t('policy.new')}
            </Link>
          )
        }
      />
      <p className="muted">{t('policy.intro')}</p>
      <div className="table-scroll">
        <table className="table" data-testid="policy-versions">
          <caption className="visually-hidden">{t('policy.title')}</caption>
          <thead>
            <tr>
              <th>{t('policy.versionTitle')}</th>
              <th>{t('policy.versionId')}</th>
              <th>{t('policy.effectiveFrom')}</th>
              <th>{t('clawbacks.stage')}</th>
              <th>{t('policy.createdBy')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr
                key={v.key}
                aria-selected={v.key === selected.key}
                className={v.key === selected.key ? 'row-selected' : undefined}
              >
                <td>
                  {v.key === 'default'
                    ? `${String(v.policy.title)}(${t('policy.builtIn')})`
                    : String(v.policy.title)}
                </td>
                <td className="mono">{String(v.policy.id)}</td>
                <td>{formatDate(v.effectiveFrom, locale)}</td>
                <td>
                  <Badge tone={statusTone[v.status]} testId={`policy-status-${v.key}`}>
                    {t(`policy.status.${v.status}`)}
                  </Badge>
                </td>
                <td>{v.createdBy ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => setParams({ v: v.key })}
                    data-testid={`policy-show-${v.key}`}
                  >
                    {t('policy.show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Card title={`${policy.title} · ${t('policy.tiers')}`} testId="policy-tiers">
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{t('policy.tier')}</th>
                <th>{t('policy.settlingIn')}</th>
                <th>{t('policy.parts')}</th>
                <th>{t('policy.monthly')}</th>
                <th>{t('policy.livingMonths')}</th>
                <th>{t('policy.ageLimit')}</th>
                <th>{t('policy.commitment')}</th>
              </tr>
            </thead>
            <tbody>
              {tiers.map((tier) => {
                const p = policy.tiers[tier];
                const at = (field: string) => `tiers.${tier}.${field}`;
                return (
                  <tr key={tier}>
                    <th scope="row">{tKey(`tier.${tier}`)}</th>
                    {cell(
                      at('settlingInAllowance.totalFen'),
                      formatFen(p.settlingInAllowance.value.totalFen, locale),
                    )}
                    {cell(at('settlingInAllowance.parts'), String(p.settlingInAllowance.value.parts))}
                    {cell(
                      at('livingAllowance.monthlyFen'),
                      formatFen(p.livingAllowance.value.monthlyFen, locale),
                    )}
                    {cell(at('livingAllowance.months'), String(p.livingAllowance.value.months))}
                    {cell(
                      at('ageLimit'),
                      p.ageLimit.value === null ? t('policy.noLimit') : String(p.ageLimit.value),
                    )}
                    {cell(at('serviceCommitmentMonths'), String(p.serviceCommitmentMonths.value))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="muted">{policy.tiers.doctorate.settlingInAllowance.clause}</p>
      </Card>

      <Card title={t('policy.other')}>
        <Facts
          items={[
            { label: t('policy.effectiveFrom'), value: formatDate(policy.effectiveFrom, locale) },
            { label: t('policy.noticeDays'), value: policy.publicNoticeWorkingDays.value },
            { label: t('policy.minMonths'), value: policy.commonConditions.minSocialInsuranceMonths.value },
            {
              label: t('policy.waivable'),
              value: t(policy.clawback.value.waivable ? 'policy.yes' : 'policy.no'),
            },
          ]}
        />
      </Card>

      <Card title={t('policy.diff')} testId="policy-diff">
        {!diff ? (
          <LoadingScreen />
        ) : !diff.previous ? (
          <p>{t('policy.noDiff')}</p>
        ) : (
          <>
            <p className="muted">
              {t('policy.diffAgainst', {
                title: diff.previous.title,
                date: formatDate(diff.previous.effectiveFrom, locale),
              })}
            </p>
            {diff.changes.length === 0 ? (
              <p>{t('policy.noChanges')}</p>
            ) : (
              <table className="table" data-testid="policy-changes">
                <thead>
                  <tr>
                    <th>{t('policy.parameter')}</th>
                    <th>{t('policy.before')}</th>
                    <th>{t('policy.after')}</th>
                    <th>{t('clawbacks.clause')}</th>
                  </tr>
                </thead>
                <tbody>
                  {diff.changes.map((c) => (
                    <tr key={c.path} data-testid={`change-${c.path}`}>
                      <td>{parameterLabel(c.path, t, tKey)}</td>
                      <td className="policy-before">{formatValue(c.path, c.before, t, locale)}</td>
                      <td className="policy-after">{formatValue(c.path, c.after, t, locale)}</td>
                      <td className="muted">{c.clause ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </Card>
    </div>
  );
}
