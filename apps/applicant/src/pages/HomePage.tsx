import { Card, Facts, Notice, PageHeader, useCurrentUser, useT } from '@talent/ui';
import { Link } from 'react-router';

/** Who you are: name, masked mobile, masked resident ID or a prompt to complete the profile. */
export function HomePage() {
  const t = useT();
  const user = useCurrentUser();
  return (
    <div className="page">
      <PageHeader title={t('home.title')}>
        <p className="welcome">{t('home.welcome', { name: user.name })}</p>
      </PageHeader>
      {user.residentId === null && (
        <Notice tone="warning" testId="complete-profile">
          <p>{t('home.completeProfile')}</p>
          <p>
            <Link to="/profile" className="button button-primary" data-testid="complete-profile-link">
              {t('home.completeProfileAction')}
            </Link>
          </p>
        </Notice>
      )}
      <Card title={t('home.whoAmI')} testId="who-am-i">
        <Facts
          items={[
            { label: t('home.name'), value: user.name, testId: 'current-user-name' },
            { label: t('home.mobile'), value: user.login, testId: 'current-user-login' },
            {
              label: t('home.residentId'),
              value: user.residentId ?? '—',
              testId: 'current-user-resident-id',
            },
          ]}
        />
      </Card>
    </div>
  );
}
