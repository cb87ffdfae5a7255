import { formatFen } from '@talent/domain';
import { api, Badge, Card, call, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { eligibilityQuery } from '../queries';

/**
 * 补贴申领 on the home page: the claims made, and either the way to claim (only when eligible) or
 * each reason why not yet, with the clause behind it. Shown once the settlement is under way.
 */
export function SubsidyCard() {
  const { t, tKey, locale } = useI18n();
  const eligibility = useQuery(eligibilityQuery);
  const mine = useQuery({
    queryKey: ['subsidy-claims', 'mine'],
    queryFn: () => call(api['subsidy-claims'].mine.$get()),
  });
  const e = eligibility.data;
  const claims = mine.data?.items ?? [];
  if (!e) return null;
  const notSettled = e.blocks.some((b) => b.code === 'subsidyClaim.block.notSettled');
  if (notSettled && claims.length === 0) return null;
  const failing = e.preview?.evaluation.criteria.filter((c) => c.status === 'fail') ?? [];
  return (
    <Card title={t('subsidy.home.title')} testId="subsidy-card">
      {e.canClaim && e.preview && e.tier && (
        <div className="start-application">
          <p>
            {t('subsidy.home.canClaim', {
              tier: tKey(`tier.${e.tier}`),
              amount: formatFen(e.preview.award.totalFen, locale),
            })}
          </p>
          <Link to="/subsidy/claim" className="button button-primary" data-testid="start-claim">
            {t('subsidy.home.claim')}
          </Link>
        </div>
      )}
      {!e.canClaim && !e.existingClaim && (
        <div data-testid="claim-blocked">
          <p>{e.blocks.length > 0 ? t('subsidy.home.notYet') : t('subsidy.home.ineligible')}</p>
          <ul className="reasons">
            {e.blocks.map((b) => (
              <li key={b.code} data-testid={`block-${b.code}`}>
                {tKey(b.code)} <span className="muted">({b.clause})</span>
              </li>
            ))}
            {failing.map((c) => (
              <li key={c.id}>
                {c.sentence[locale]} <span className="muted">({c.clause})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="application-list">
        {claims.map((c) => (
          <li key={c.id} className="application-item">
            <Link
              to={`/subsidy/claims/${c.id}`}
              className="application-link"
              data-testid={`claim-${c.number}`}
            >
              <span className="mono">{c.number}</span>
              <Badge tone="info" testId={`claim-state-${c.number}`}>
                {tKey(`state.${c.state}`)}
              </Badge>
              <span className="muted">{tKey(`tier.${c.tier}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
