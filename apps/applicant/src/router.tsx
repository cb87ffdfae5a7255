import {
  AppShell,
  ChangePasswordPage,
  ForgotPasswordPage,
  type NavItem,
  NotFound,
  RequireAuth,
  RouteError,
  SignInPage,
} from '@talent/ui';
import { createBrowserRouter } from 'react-router';
import { Frame } from './components/Frame';
import { PublicNoticePage } from './notices/PublicNoticePage';
import { PublicNoticesPage } from './notices/PublicNoticesPage';
import { ApplicationPage } from './pages/ApplicationPage';
import { ApplyPage } from './pages/ApplyPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { HomePage } from './pages/HomePage';
import { NotificationsPage } from './pages/NotificationsPage';
import { PermitPage } from './pages/PermitPage';
import { ProfilePage } from './pages/ProfilePage';
import { SignUpPage } from './pages/SignUpPage';
import { VerifyPage } from './pages/VerifyPage';
import { ClaimFormPage } from './subsidy/ClaimFormPage';
import { ClaimPage } from './subsidy/ClaimPage';

const applicants = { kinds: ['applicant'] } as const;

export const nav: NavItem[] = [
  { to: '/', label: 'nav.home', end: true, icon: '⌂', audience: applicants },
  { to: '/documents', label: 'nav.documents', icon: '▤', audience: applicants },
  { to: '/notifications', label: 'nav.notifications', icon: '✉', audience: applicants },
  { to: '/profile', label: 'nav.profile', icon: '☺', audience: applicants },
  { to: '/password', label: 'nav.password', icon: '✱', audience: applicants },
];

export const router = createBrowserRouter(
  [
    {
      element: (
        <AppShell portal="applicant" layout="mobile" nav={nav}>
          <Frame />
        </AppShell>
      ),
      errorElement: <RouteError />,
      children: [
        {
          path: 'sign-in',
          element: <SignInPage signUpPath="/sign-up" forgotPasswordPath="/forgot-password" />,
        },
        { path: 'forgot-password', element: <ForgotPasswordPage /> },
        { path: 'sign-up', element: <SignUpPage /> },
        // Anyone holding a permit's code may check it: no sign-in.
        { path: 'verify/:code', element: <VerifyPage /> },
        // The talent-subsidy public notices (公示): anyone reads them, masked, without signing in.
        { path: 'notices', element: <PublicNoticesPage /> },
        { path: 'notices/:id', element: <PublicNoticePage /> },
        {
          element: <RequireAuth />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'profile', element: <ProfilePage /> },
            { path: 'documents', element: <DocumentsPage /> },
            { path: 'notifications', element: <NotificationsPage /> },
            { path: 'apply', element: <ApplyPage /> },
            { path: 'applications/:id', element: <ApplicationPage /> },
            { path: 'applications/:id/edit', element: <ApplyPage /> },
            { path: 'applications/:id/permit', element: <PermitPage /> },
            { path: 'subsidy/claim', element: <ClaimFormPage /> },
            { path: 'subsidy/claims/:id', element: <ClaimPage /> },
            { path: 'password', element: <ChangePasswordPage /> },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/' },
);
