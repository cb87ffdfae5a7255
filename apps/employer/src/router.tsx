import {
  AppShell,
  ChangePasswordPage,
  ForgotPasswordPage,
  type NavItem,
  NotFound,
  RequireAccess,
  RequireAuth,
  RouteError,
  SignInPage,
} from '@talent/ui';
import { createBrowserRouter } from 'react-router';
import { AwardsPage } from './awards/AwardsPage';
import { CollectiveRequestsPage } from './pages/CollectiveRequestsPage';
import { EmploymentReportsPage } from './pages/EmploymentReportsPage';
import { HomePage } from './pages/HomePage';
import { OrganisationPage } from './pages/OrganisationPage';
import { SignUpPage } from './pages/SignUpPage';
import { StaffPage, staffAudience } from './pages/StaffPage';
import { TalentPage } from './pages/TalentPage';

const employers = { kinds: ['employer'] } as const;

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
            { path: 'organisation', element: <OrganisationPage /> },
            { path: 'collective-requests', element: <CollectiveRequestsPage /> },
            { path: 'employment-reports', element: <EmploymentReportsPage /> },
            { path: 'talent', element: <TalentPage /> },
            { path: 'awards', element: <AwardsPage /> },
            {
              path: 'staff',
              element: (
                <RequireAccess audience={staffAudience}>
                  <StaffPage />
                </RequireAccess>
              ),
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
