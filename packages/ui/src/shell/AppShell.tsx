import type { ReactNode } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { type Audience, canSee } from '../auth/access';
import type { Me } from '../auth/types';
import { LanguageSwitch, type TFunction, useT } from '../i18n/I18nProvider';
import type { TranslationKey } from '../i18n/translate';
import { SignOutButton } from './SignOutButton';

export type Portal = 'applicant' | 'employer' | 'bureau';

export type NavItem = {
  to: string;
  label: TranslationKey;
  /** Who sees the item; anyone signed in when left out. */
  audience?: Audience;
  /** Match the path exactly (for '/'). */
  end?: boolean;
  /** A short symbol for the mobile tab bar. */
  icon?: string;
};

export function visibleNavItems(items: readonly NavItem[], user: Me | null): NavItem[] {
  return items.filter((item) => canSee(item.audience ?? {}, user));
}

/** "Administrator、Auditor" for the bureau, "HR officer · Org" for employers, "Applicant" otherwise. */
export function roleSummary(user: Me, t: TFunction): string {
  switch (user.kind) {
    case 'bureau':
      return user.roles.length > 0
        ? user.roles.map((r) => t(`role.${r}`)).join(t('list.separator'))
        : t('kind.bureau');
    case 'employer': {
      const role = user.employerRole ? t(`employerRole.${user.employerRole}`) : t('kind.employer');
      return user.employer ? `${role} · ${user.employer.name}` : role;
    }
    default:
      return t('kind.applicant');
  }
}

export type AppShellProps = {
  portal: Portal;
  /** Navigation for signed-in users; items declare their audience. */
  nav?: readonly NavItem[];
  /** 'mobile': large touch targets and a bottom tab bar on phones; 'desk': dense desktop console. */
  layout?: 'mobile' | 'desk';
  children?: ReactNode;
};

/**
 * The frame of every page: platform and portal name, role-aware navigation, who is signed in, the
 * language switch and sign-out. Without a signed-in user (sign-in, sign-up) it shows only the names
 * and the language switch.
 */
export function AppShell({ portal, nav = [], layout = 'desk', children }: AppShellProps) {
  const t = useT();
  const { user } = useAuth();
  const items = visibleNavItems(nav, user);
  return (
    <div className={`shell shell-${layout} portal-${portal}`}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            庆
          </span>
          <span className="brand-text">
            <span className="brand-name" data-testid="platform-name">
              {t('app.name')}
            </span>
            <span className="brand-portal" data-testid="portal-name">
              {t(`portal.${portal}`)}
            </span>
          </span>
        </Link>
        <div className="shell-tools">
          {user && (
            <div className="shell-user" data-testid="shell-user">
              <span className="visually-hidden">{t('session.signedInAs')}</span>
              <span className="shell-user-name" data-testid="shell-user-name">
                {user.name}
              </span>
              <span className="shell-user-role" data-testid="shell-user-role">
                {roleSummary(user, t)}
              </span>
            </div>
          )}
          <LanguageSwitch />
          {user && <SignOutButton />}
        </div>
      </header>
      {items.length > 0 && (
        <nav className="shell-nav" aria-label={t('nav.label')}>
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.end}
                  data-testid={`nav-${item.to.replace(/^\//, '') || 'home'}`}
                >
                  {item.icon && (
                    <span className="nav-icon" aria-hidden="true">
                      {item.icon}
                    </span>
                  )}
                  <span className="nav-label">{t(item.label)}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" className="shell-main" tabIndex={-1}>
        {children ?? <Outlet />}
      </main>
    </div>
  );
}
