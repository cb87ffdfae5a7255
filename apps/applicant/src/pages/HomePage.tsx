import { api, Badge, Card, call, Facts, Notice, PageHeader, useCurrentUser, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { profileQuery } from '../queries';
import { SubsidyCard } from '../subsidy/SubsidyCard';

const closed = ['rejected', 'withdrawn'];

/** Who you are, what is still missing, and where your settlement application stands. */
export function HomePage() {
  const { t, tKey } = useI18n();
  const user = useCurrentUser();
  const profile = useQuery(profileQuery);
  const applications = useQuery({ queryKey: ['settlements'], queryFn: () => call(api.settlements.$get()) });
  const items = applications.data?.items ?? [];
  const open = items.find((a) => !closed.includes(a.state));
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
      {profile.data && !profile.data.complete && (
        <Notice tone="warning" testId="complete-education">
          <p>{t('home.completeEducation')}</p>
          <p>
            <Link to="/profile" className="button" data-testid="complete-education-link">
              {t('home.completeEducationAction')}
            </Link>
          </p>
        </Notice>
      )}
      <Card title={t('home.applications')} testId="my-applications">
        {applications.data && !open && (
          <div className="start-application">
            <p>{t('home.noOpenApplication')}</p>
            <Link to="/apply" className="button button-primary" data-testid="start-application">
              {t('home.apply')}
            </Link>
            {/* 二(一)5: holders of the 陇原人才服务卡 take the green channel. */}
            <div className="green-entry">
              <Link to="/apply?route=talent_card" className="button" data-testid="start-green-channel">
                {t('green.entry')}
              </Link>
              <p className="muted">{t('green.entryHint')}</p>
            </div>
          </div>
        )}
        <ul className="application-list">
          {items.map((a) => (
            <li key={a.id} className="application-item">
              <Link
                to={`/applications/${a.id}`}
                data-testid={`application-${a.number}`}
                className="application-link"
              >
                <span className="mono">{a.number}</span>
                <Badge
                  tone={closed.includes(a.state) ? 'neutral' : 'info'}
                  testId={`application-state-${a.number}`}
                >
                  {tKey(`state.${a.state}`)}
                </Badge>
                <span className="muted">
                  {a.holder ? t('home.with', { holder: tKey(`holder.${a.holder}`) }) : ''}
                  {a.dueOn && a.holder ? ` · ${t('home.dueOn', { date: a.dueOn })}` : ''}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </Card>
      <SubsidyCard />
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
