import { mayCall } from '@talent/domain';
import type { EmployerStatus } from '@talent/ui';
import {
  api,
  Badge,
  Card,
  call,
  Facts,
  Notice,
  PageHeader,
  type Tone,
  useCurrentUser,
  useT,
} from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { RecentNotices } from '../components/RecentNotices';
import { useOrganisation } from '../components/useOrganisation';
import { VerificationNotice } from '../components/VerificationNotice';

const statusTone: Record<EmployerStatus, Tone> = {
  pending: 'warning',
  verified: 'success',
  rejected: 'error',
};

/** The organisation, its verification status, what waits for an answer, and who is signed in. */
export function HomePage() {
  const t = useT();
  const user = useCurrentUser();
  const org = user.employer;
  return (
    <div className="page">
      <PageHeader title={t('home.title')}>
        <p className="welcome">{t('home.welcome', { name: user.name })}</p>
      </PageHeader>
      <VerificationNotice />
      {org ? (
        <Card title={t('home.org')} testId="org">
          <Facts
            items={[
              { label: t('home.orgName'), value: org.name, testId: 'org-name' },
              { label: t('home.uscc'), value: org.uscc, testId: 'org-uscc' },
              {
                label: t('home.verification'),
                value: (
                  <Badge tone={statusTone[org.status]} testId="org-status">
                    {t(`employerStatus.${org.status}`)}
                  </Badge>
                ),
              },
            ]}
          />
          <ProfileReminder />
        </Card>
      ) : (
        <Notice tone="warning">{t('employer.noOrg')}</Notice>
      )}
      {org && <ToDo />}
      <RecentNotices />
      <Card title={t('home.whoAmI')} testId="who-am-i">
        <Facts
          items={[
            { label: t('home.name'), value: user.name, testId: 'current-user-name' },
            { label: t('home.mobile'), value: user.login, testId: 'current-user-login' },
            {
              label: t('home.employerRole'),
              value: user.employerRole ? t(`employerRole.${user.employerRole}`) : '—',
              testId: 'current-user-role',
            },
          ]}
        />
      </Card>
    </div>
  );
}

/** An admin whose profile lacks what the bureau checks is asked to complete it. */
function ProfileReminder() {
  const t = useT();
  const user = useCurrentUser();
  const { data: org } = useOrganisation();
  if (!mayCall('PUT /api/employer/organisation', user) || !org) return null;
  if (org.address && org.orgType && org.countyCode && org.licenceDocumentId) return null;
  return (
    <div className="card-note">
      <Notice tone="info" testId="complete-profile">
        {t('employer.home.completeProfile')} <Link to="/organisation">{t('employer.toOrganisation')}</Link>
      </Notice>
    </div>
  );
}

/** How many requests and reports wait for the organisation's answer (counted by the server). */
function ToDo() {
  const t = useT();
  const requests = useQuery({
    queryKey: ['employer', 'collective-requests', { status: 'pending', pageSize: 1 }],
    queryFn: () =>
      call(api.employer['collective-requests'].$get({ query: { status: 'pending', pageSize: '1' } })),
  });
  const reports = useQuery({
    queryKey: ['employer', 'employment-reports', { status: 'reported', pageSize: 1 }],
    queryFn: () =>
      call(api.employer['employment-reports'].$get({ query: { status: 'reported', pageSize: '1' } })),
  });
  if (!requests.data || !reports.data) return null;
  const counts = { requests: requests.data.total, reports: reports.data.total };
  return (
    <Card title={t('employer.home.todo')} testId="todo">
      <ul className="plain-list">
        <li>
          <Link to="/collective-requests?status=pending" data-testid="todo-requests">
            {t('employer.home.pendingRequests', { count: counts.requests })}
          </Link>
        </li>
        <li>
          <Link to="/employment-reports?status=reported" data-testid="todo-reports">
            {t('employer.home.pendingReports', { count: counts.reports })}
          </Link>
        </li>
      </ul>
    </Card>
  );
}
