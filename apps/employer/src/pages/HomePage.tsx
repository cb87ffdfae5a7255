import type { EmployerStatus } from '@talent/ui';
import { Badge, Card, Facts, Notice, PageHeader, type Tone, useCurrentUser, useT } from '@talent/ui';

const statusTone: Record<EmployerStatus, Tone> = {
  pending: 'warning',
  verified: 'success',
  rejected: 'error',
};
const statusNote = {
  pending: 'employerStatus.pendingNote',
  verified: 'employerStatus.verifiedNote',
  rejected: 'employerStatus.rejectedNote',
} as const satisfies Record<EmployerStatus, string>;

/** The organisation and its verification status, and who is signed in. */
export function HomePage() {
  const t = useT();
  const user = useCurrentUser();
  const org = user.employer;
  return (
    <div className="page">
      <PageHeader title={t('home.title')}>
        <p className="welcome">{t('home.welcome', { name: user.name })}</p>
      </PageHeader>
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
          <div className="card-note">
            <Notice
              tone={org.status === 'verified' ? 'success' : org.status === 'pending' ? 'info' : 'error'}
            >
              {t(statusNote[org.status])}
            </Notice>
          </div>
        </Card>
      ) : (
        <Notice tone="warning">{t('employer.noOrg')}</Notice>
      )}
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
