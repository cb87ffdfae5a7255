import {
  Badge,
  Card,
  EligibilityTrace,
  FormError,
  InstantApproval,
  Notice,
  PageHeader,
  StatusTimeline,
  settlementTimelineSteps,
  type TraceEvaluation,
  useI18n,
} from '@talent/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ActionBar } from '../application/ActionBar';
import { ApplicationDetails } from '../application/ApplicationDetails';
import { EmploymentCard } from '../application/EmploymentCard';
import { type ApplicationView, settlementKey, settlementQuery } from '../queries';

// The service deadline runs only while the bureau has the case to decide.
const awaitingDecision = ['submitted', 'under_review'];

/** One application: where it is, who holds it and by when, what it says, and what the applicant may do. */
export function ApplicationPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const resource = useQuery(settlementQuery(id ?? ''));
  const view = resource.data;
  if (!view) return resource.error ? <FormError error={resource.error} /> : <p className="muted">…</p>;
  const update = (item: ApplicationView) => queryClient.setQueryData(settlementKey(item.id), item);
  return (
    <div className="page" data-testid="application-page">
      <PageHeader title={t('application.title', { number: view.number })}>
        <p className="muted" data-testid="application-number">
          {view.number}
        </p>
        {view.greenChannel && (
          <p className="green-markers">
            <Badge tone="success" testId="green-badge">
              {t('green.badge')}
            </Badge>{' '}
            {view.instantApproval && (
              <Badge tone="success" testId="instant-badge">
                {t('green.instant')}
              </Badge>
            )}{' '}
            {view.dueOn && awaitingDecision.includes(view.state) && (
              <span className="muted" data-testid="green-deadline">
                {t('green.deadline', { date: view.dueOn })}
              </span>
            )}
          </p>
        )}
      </PageHeader>
      {view.state === 'returned' && view.decisionReason && (
        <Notice tone="warning" testId="returned-reason">
          <p>
            <strong>{t('application.returnedReason')}</strong> {view.decisionReason}
          </p>
          <p>{t('application.returnedHint')}</p>
        </Notice>
      )}
      {view.state === 'rejected' && view.decisionReason && (
        <Notice tone="error" testId="rejected-reason">
          <strong>{t('application.rejectedReason')}</strong> {view.decisionReason}
        </Notice>
      )}
      {view.permit && (
        <Notice tone="success" testId="registered-notice">
          <p>{t('application.registered', { number: view.permit.number })}</p>
          <p>
            <Link
              to={`/applications/${view.id}/permit`}
              className="button button-primary"
              data-testid="open-permit"
            >
              {t('application.openPermit')}
            </Link>
          </p>
        </Notice>
      )}
      <ActionBar view={view} onChange={update} onStale={() => void resource.refetch()} />
      <Card title={t('application.status')} testId="status-card">
        <StatusTimeline
          steps={settlementTimelineSteps}
          state={view.state}
          holder={view.holder}
          dueOn={awaitingDecision.includes(view.state) ? view.dueOn : null}
          overdueWorkingDays={view.overdueWorkingDays}
          history={view.history}
        />
      </Card>
      {view.instantApproval && view.eligibility && (
        <InstantApproval
          approval={view.instantApproval}
          evaluation={view.eligibility as unknown as TraceEvaluation}
          memberNames={view.members.map((m) => m.name)}
        />
      )}
      <EmploymentCard view={view} onChange={update} />
      <ApplicationDetails view={view} />
      {view.eligibility && (
        <Card title={t('application.eligibility')} testId="eligibility-card">
          <EligibilityTrace
            evaluation={view.eligibility as unknown as TraceEvaluation}
            memberNames={view.members.map((m) => m.name)}
          />
        </Card>
      )}
    </div>
  );
}
