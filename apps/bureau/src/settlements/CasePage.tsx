import {
  apiErrorText,
  apiFetch,
  Badge,
  Card,
  EligibilityTrace,
  Facts,
  formatDateTime,
  InstantApproval,
  isApiError,
  LoadingScreen,
  Notice,
  PageHeader,
  StatusTimeline,
  settlementTimelineSteps,
  useI18n,
} from '@talent/ui';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ApplicationView } from '../apiTypes';
import { formatDate } from '../labels';
import { CaseActions, type Conflict } from './CaseActions';
import { CaseDetails } from './CaseDetails';
import { CaseDocuments } from './CaseDocuments';
import { stateTone } from './queueColumns';

/**
 * One settlement case as the bureau sees it: where it is and who holds it, the actions the machine
 * allows this user, the application (masked), documents, the eligibility trace and the full history.
 */
export function CasePage() {
  const { id = '' } = useParams();
  const { t, tKey, locale } = useI18n();
  const [view, setView] = useState<ApplicationView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(
    (signal?: AbortSignal) =>
      apiFetch<{ item: ApplicationView }>(
        `/api/settlements/${encodeURIComponent(id)}`,
        signal ? { signal } : {},
      ).then(
        ({ item }) => {
          setView(item);
          setError(null);
          setConflict(null);
        },
        (e: unknown) => {
          if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e);
        },
      ),
    [id],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  if (error) {
    return (
      <div className="page">
        <Notice tone="error" testId="case-load-error">
          {t('case.loadFailed', {
            message: isApiError(error) ? apiErrorText(error, tKey) : t('error.internal'),
          })}
        </Notice>
        <Link to="/settlements">{t('case.back')}</Link>
      </div>
    );
  }
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
      {conflict && (
        <Notice tone="warning" testId="case-conflict">
          {t('case.conflict', { state: tKey(`state.${conflict.state}`) })}{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => void load()}
            data-testid="case-reload"
          >
            {t('case.reload')}
          </button>
        </Notice>
      )}
      {done && !conflict && (
        <Notice tone="success" testId="case-done">
          {done}
        </Notice>
      )}
      {view.greenChannel && <Notice tone="info">{t('case.green')}</Notice>}
      <div className="case-grid">
        <div className="case-main">
          <CaseActions
            view={view}
            onDone={(next, event) => {
              setView(next);
              setConflict(null);
              setDone(t('case.done', { action: tKey(`action.${event}`) }));
            }}
            onConflict={(c) => {
              setDone(null);
              setConflict(c);
            }}
          />
          {view.instantApproval && view.eligibility && (
            <InstantApproval
              approval={view.instantApproval}
              evaluation={view.eligibility}
              memberNames={view.members.map((m) => m.name)}
            />
          )}
          <CaseDetails view={view} />
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
