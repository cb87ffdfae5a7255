import {
  AppShell,
  type Audience,
  ChangePasswordPage,
  ForgotPasswordPage,
  lazyPage,
  type NavItem,
  NotFound,
  RequireAuth,
  RouteError,
  SignInPage,
} from '@talent/ui';
import { createBrowserRouter } from 'react-router';
import { HomePage } from './pages/HomePage';
import { SignUpPage } from './pages/SignUpPage';

const employers = { kinds: ['employer'] } as const;
/** Only the admin manages the organisation's accounts. */
const staffAudience: Audience = { calls: 'GET /api/employer/staff' };

/**
 * Admin and HR share the work; only the admin manages accounts (and edits the profile, on its page).
 * Each page is shown to those the API lets call what it loads (the domain's permission table).
 */
export const nav: NavItem[] = [
  { to: '/', label: 'nav.home', end: true, audience: employers },
  { to: '/organisation', label: 'nav.organisation', audience: { calls: 'GET /api/employer/organisation' } },
  {
    to: '/collective-requests',
    label: 'nav.collectiveRequests',
    audience: { calls: 'GET /api/employer/collective-requests' },
  },
  {
    to: '/employment-reports',
    label: 'nav.employmentReports',
    audience: { calls: 'GET /api/employer/employment-reports' },
  },
  { to: '/talent', label: 'nav.talent', audience: { calls: 'GET /api/employer/talent' } },
  { to: '/awards', label: 'nav.awards', audience: { calls: 'GET /api/employer/awards' } },
  { to: '/staff', label: 'nav.employerStaff', audience: staffAudience },
  { to: '/password', label: 'nav.password', audience: employers },
];

export const router = createBrowserRouter(
  [
    {
      element: <AppShell portal="employer" layout="desk" nav={nav} />,
      errorElement: <RouteError />,
      children: [
        {
          path: 'sign-in',
          element: <SignInPage signUpPath="/sign-up" forgotPasswordPath="/forgot-password" />,
        },
        { path: 'forgot-password', element: <ForgotPasswordPage /> },
        { path: 'sign-up', element: <SignUpPage /> },
        {
          element: <RequireAuth />,
          children: [
            { index: true, element: <HomePage /> },
            {
              path: 'organisation',
              lazy: lazyPage(() => import('./pages/OrganisationPage').then((m) => m.OrganisationPage)),
            },
            {
              path: 'collective-requests',
              lazy: lazyPage(() =>
                import('./pages/CollectiveRequestsPage').then((m) => m.CollectiveRequestsPage),
              ),
            },
            {
              path: 'employment-reports',
              lazy: lazyPage(() =>
                import('./pages/EmploymentReportsPage').then((m) => m.EmploymentReportsPage),
              ),
            },
            { path: 'talent', lazy: lazyPage(() => import('./pages/TalentPage').then((m) => m.TalentPage)) },
            { path: 'awards', lazy: lazyPage(() => import('./awards/AwardsPage').then((m) => m.AwardsPage)) },
            {
              path: 'staff',
              lazy: lazyPage(() => import('./pages/StaffPage').then((m) => m.StaffPage), staffAudience),
            },
            { path: 'password', element: <ChangePasswordPage /> },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/employer' },
);
