import {
  api,
  Badge,
  Card,
  call,
  EligibilityTrace,
  Facts,
  formatDate,
  formatDateTime,
  InstantApproval,
  LoadingScreen,
  Notice,
  PageHeader,
  StatusTimeline,
  settlementTimelineSteps,
  useI18n,
} from '@talent/ui';
import { Link, useParams } from 'react-router';
import { CaseActions } from './CaseActions';
import { CaseDetails } from './CaseDetails';
import { CaseDocuments } from './CaseDocuments';
import { stateTone } from './queueColumns';
import { CaseLoadFailed, CaseNotices, useCase } from './useCase';

/**
 * One settlement case as the bureau sees it: where it is and who holds it, the actions the machine
 * allows this user, the application (masked), documents, the eligibility trace and the full history.
 */
export function CasePage() {
  const { id = '' } = useParams();
  const { t, tKey, locale } = useI18n();
  const { view, error, conflict, done, reload, onDone, onConflict } = useCase(['settlements', id], (signal) =>
    call(api.settlements[':id'].$get({ param: { id } }, { init: { signal } })),
  );

  if (error) return <CaseLoadFailed error={error} prefix="case" back="/settlements" />;
  if (!view) return <LoadingScreen />;

  return (
    <div className="page case-page" data-testid="case-page">
      <PageHeader
        title={t('case.title', { number: view.number })}
        actions={
          <Link to="/settlements" className="button" data-testid="case-back">
            {t('case.back')}
          </Link>
        }
      >
        <p className="badges">
          <Badge tone={stateTone[view.state] ?? 'neutral'} testId="case-state">
            {tKey(`state.${view.state}`)}
          </Badge>
          {view.greenChannel && (
            <Badge tone="success" testId="case-green">
              {t('queue.green')}
            </Badge>
          )}
          {view.instantApproval && (
            <Badge tone="success" testId="case-instant">
              {t('green.instant')}
            </Badge>
          )}
        </p>
      </PageHeader>
      <CaseNotices prefix="case" conflict={conflict} done={done} reload={reload} />
      {view.greenChannel && <Notice tone="info">{t('case.green')}</Notice>}
      <div className="case-grid">
        <div className="case-main">
          <CaseActions view={view} onDone={onDone} onConflict={onConflict} />
          {view.instantApproval && view.eligibility && (
            <InstantApproval
              approval={view.instantApproval}
              evaluation={view.eligibility}
              memberNames={view.members.map((m) => m.name)}
            />
          )}
          <CaseDetails view={view} onChanged={reload} />
          <CaseDocuments view={view} />
          <Card title={t('case.eligibility')} testId="case-eligibility">
            {view.eligibility ? (
              <EligibilityTrace evaluation={view.eligibility} memberNames={view.members.map((m) => m.name)} />
            ) : (
              <p className="muted">{t('case.noEligibility')}</p>
            )}
          </Card>
        </div>
        <div className="case-side">
          <Card title={t('application.status')} testId="case-status">
            <StatusTimeline
              steps={settlementTimelineSteps}
              state={view.state}
              holder={view.holder}
              dueOn={view.dueOn}
              overdueWorkingDays={view.overdueWorkingDays}
              history={view.history}
            />
          </Card>
          {(view.decidedAt || view.decisionReason) && (
            <Card title={t('case.decision')} testId="case-decision">
              <Facts
                items={[
                  ...(view.decidedAt
                    ? [{ label: t('case.decidedAt'), value: formatDateTime(view.decidedAt, locale) }]
                    : []),
                  ...(view.decisionReason ? [{ label: t('case.reason'), value: view.decisionReason }] : []),
                ]}
              />
            </Card>
          )}
          {view.registration && (
            <Card title={t('case.registration')} testId="case-registration">
              <Facts
                items={[
                  {
                    label: t('case.register.householdNumber'),
                    value: <span className="mono">{view.registration.householdNumber}</span>,
                    testId: 'case-household-number',
                  },
                  {
                    label: t('case.register.registrationDate'),
                    value: formatDate(view.registration.registrationDate, locale),
                  },
                  ...(view.permit
                    ? [
                        {
                          label: t('case.permitNumber'),
                          value: <span className="mono">{view.permit.number}</span>,
                          testId: 'case-permit-number',
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
          )}
          {view.employment && (
            <Card title={t('employment.title')} testId="case-employment">
              <Facts
                items={[
                  { label: t('queue.state'), value: tKey(`employment.status.${view.employment.status}`) },
                  { label: t('employment.closesOn'), value: formatDate(view.employment.closesOn, locale) },
                  ...(view.employment.report
                    ? [
                        { label: t('employment.employer'), value: view.employment.report.employer.name },
                        { label: t('employment.position'), value: view.employment.report.position },
                        {
                          label: t('employment.contractStart'),
                          value: formatDate(view.employment.report.contractStart, locale),
                        },
                        {
                          label: t('employment.contractMonths'),
                          value: t('employment.months', { n: view.employment.report.contractMonths }),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
