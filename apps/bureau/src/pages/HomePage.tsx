import {
  Badge,
  Card,
  canSee,
  Facts,
  PageHeader,
  RecentNotifications,
  useCurrentUser,
  useT,
} from '@talent/ui';
import { Link } from 'react-router';
import {
  claimQueueAudience,
  clawbacksAudience,
  employersAudience,
  noticesAudience,
  queueAudience,
  staffAudience,
} from '../audiences';

/** Who is signed in and with which roles, and the way to their work. */
export function HomePage() {
  const t = useT();
  const user = useCurrentUser();
  return (
    <div className="page">
      <PageHeader title={t('home.title')}>
        <p className="welcome">{t('home.welcome', { name: user.name })}</p>
      </PageHeader>
      <Card title={t('home.whoAmI')} testId="who-am-i">
        <Facts
          items={[
            { label: t('home.name'), value: user.name, testId: 'current-user-name' },
            { label: t('home.username'), value: user.login, testId: 'current-user-login' },
            {
              label: t('home.roles'),
              testId: 'current-user-roles',
              value:
                user.roles.length > 0 ? (
                  <span className="badges">
                    {user.roles.map((role) => (
                      <Badge key={role} tone={role === 'admin' ? 'info' : 'neutral'}>
                        {t(`role.${role}`)}
                      </Badge>
                    ))}
                  </span>
                ) : (
                  t('home.noRoles')
                ),
            },
          ]}
        />
        {canSee(staffAudience, user) && (
          <p className="card-note">
            <Link to="/staff" className="button">
              {t('home.staffAdmin')}
            </Link>
          </p>
        )}
      </Card>
      {(canSee(queueAudience, user) ||
        canSee(employersAudience, user) ||
        canSee(claimQueueAudience, user) ||
        canSee(clawbacksAudience, user) ||
        canSee(noticesAudience, user)) && (
        <Card title={t('bureauHome.work')} testId="my-work">
          <p className="badges">
            {canSee(queueAudience, user) && (
              <Link to="/settlements" className="button button-primary" data-testid="home-to-queue">
                {t('bureauHome.toQueue')}
              </Link>
            )}
            {canSee(claimQueueAudience, user) && (
              <Link to="/subsidy-claims" className="button" data-testid="home-to-claims">
                {t('nav.subsidyClaims')}
              </Link>
            )}
            {canSee(employersAudience, user) && (
              <Link to="/employers" className="button" data-testid="home-to-employers">
                {t('bureauHome.toEmployers')}
              </Link>
            )}
            {canSee(clawbacksAudience, user) && (
              <Link to="/clawbacks" className="button" data-testid="home-to-clawbacks">
                {t('nav.clawbacks')}
              </Link>
            )}
            {canSee(noticesAudience, user) && (
              <Link to="/notices" className="button" data-testid="home-to-notices">
                {t('nav.notices')}
              </Link>
            )}
          </p>
        </Card>
      )}
      {/* Alerts to this member of staff, e.g. a green-channel case past its deadline (二(一)5). */}
      <RecentNotifications
        title={t('bureauHome.notices')}
        linkFor={(n, text) =>
          n.entity === 'settlement_application' && n.entityId ? (
            <Link to={`/settlements/${n.entityId}`}>{text}</Link>
          ) : null
        }
      />
    </div>
  );
}
