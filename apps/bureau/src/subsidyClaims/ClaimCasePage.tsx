import { mayCall } from '@talent/domain';
import {
  AwardSummary,
  api,
  Badge,
  Card,
  call,
  countyName,
  EligibilityTrace,
  Facts,
  formatDateTime,
  LoadingScreen,
  PageHeader,
  PaymentHistory,
  StatusTimeline,
  subsidyClaimTimelineSteps,
  type TraceEvaluation,
  useCurrentUser,
  useI18n,
} from '@talent/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CaseLoadFailed, CaseNotices, useCase } from '../settlements/useCase';
import { ClaimActions } from './ClaimActions';
import { claimStateTone } from './claimLabels';

/**
 * One claim as the bureau sees it: the actions this user may take (初审/复审, with the four-eyes rule
 * explained), the claimant masked with an audited reveal of the account, the eligibility trace, the
 * award (expected, or as fixed at 复审) with its payments, and the status timeline with its history.
 */
export function ClaimCasePage() {
  const { id = '' } = useParams();
  const { t, tKey, locale } = useI18n();
  const user = useCurrentUser();
  const { view, error, conflict, done, reload, onDone, onConflict } = useCase(
    ['subsidy-claims', id],
    (signal) => call(api['subsidy-claims'][':id'].$get({ param: { id } }, { init: { signal } })),
  );
  const [account, setAccount] = useState<string | null>(null);

  if (error) return <CaseLoadFailed error={error} prefix="claim" back="/subsidy-claims" />;
  if (!view) return <LoadingScreen />;
  const mayReveal = mayCall('POST /api/subsidy-claims/{id}/reveal', user);
  const reveal = async () => {
    const body = await call(api['subsidy-claims'][':id'].reveal.$post({ param: { id: view.id } }));
    setAccount(body.account);
  };
  const award = view.award?.calculation ?? view.expectedAward;

  return (
    <div className="page case-page" data-testid="claim-case-page">
      <PageHeader
        title={t('subsidy.page.title', { number: view.number })}
        actions={
          <Link to="/subsidy-claims" className="button" data-testid="claim-back">
            {t('case.back')}
          </Link>
        }
      >
        <p className="badges">
          <Badge tone={claimStateTone[view.state] ?? 'neutral'} testId="claim-state">
            {tKey(`state.${view.state}`)}
          </Badge>
        </p>
      </PageHeader>
      <CaseNotices prefix="claim" conflict={conflict} done={done} reload={reload} />
      <div className="case-grid">
        <div className="case-main">
          <ClaimActions view={view} onDone={onDone} onConflict={onConflict} />
          <Card title={t('subsidy.page.claim')} testId="claim-details">
            <Facts
              items={[
                { label: t('subsidy.page.claimant'), value: view.claimant.name },
                {
                  label: t('case.residentId'),
                  value: <span className="mono">{view.claimant.residentId ?? '—'}</span>,
                },
                { label: t('subsidy.page.tier'), value: tKey(`tier.${view.tier}`) },
                { label: t('subsidyQueue.county'), value: countyName(view.countyCode, locale) },
                { label: t('subsidy.page.employer'), value: view.employer?.name ?? '—' },
                {
                  label: t('subsidy.page.settlement'),
                  value: <span className="mono">{view.settlement.number}</span>,
                },
                { label: t('subsidy.page.claimDate'), value: view.claimDate ?? '—' },
                {
                  label: t('subsidy.page.bank'),
                  testId: 'claim-account',
                  value: (
                    <>
                      {view.bank.name} <span className="mono">{account ?? view.bank.account}</span>{' '}
                      {mayReveal && account === null && (
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => void reveal()}
                          data-testid="reveal-account"
                        >
                          {t('subsidyCase.reveal')}
                        </button>
                      )}
                      {account !== null && <span className="muted">{t('subsidyCase.revealed')}</span>}
                    </>
                  ),
                },
                ...(view.decisionReason ? [{ label: t('case.reason'), value: view.decisionReason }] : []),
                ...(view.approvedAt
                  ? [{ label: t('case.decidedAt'), value: formatDateTime(view.approvedAt, locale) }]
                  : []),
              ]}
            />
          </Card>
          <Card title={t('subsidy.page.eligibility')} testId="claim-eligibility">
            {view.eligibility ? (
              <EligibilityTrace evaluation={view.eligibility as unknown as TraceEvaluation} />
            ) : (
              <p className="muted">{t('case.noEligibility')}</p>
            )}
          </Card>
          {award && (
            <Card
              title={view.award ? t('subsidy.page.award') : t('subsidy.page.preview')}
              testId="claim-award"
            >
              <AwardSummary award={award} estimate={!view.award || view.award.state === 'pending'} />
            </Card>
          )}
          {view.award && (
            <Card title={t('subsidy.page.payments')} testId="claim-payments">
              <PaymentHistory payments={view.award.payments} />
            </Card>
          )}
        </div>
        <div className="case-side">
          <Card title={t('subsidy.page.status')} testId="claim-status">
            <StatusTimeline
              steps={subsidyClaimTimelineSteps}
              state={view.state}
              holder={view.holder}
              dueOn={view.state === 'submitted' || view.state === 'under_review' ? view.dueOn : null}
              history={view.history}
            />
          </Card>
        </div>
      </div>
    </div>
  );
}
