import {
  AppShell,
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
import { Frame } from './components/Frame';
import { HomePage } from './pages/HomePage';
import { SignUpPage } from './pages/SignUpPage';

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
        {
          path: 'verify/:code',
          lazy: lazyPage(() => import('./pages/VerifyPage').then((m) => m.VerifyPage)),
        },
        // The talent-subsidy public notices (公示): anyone reads them, masked, without signing in.
        {
          path: 'notices',
          lazy: lazyPage(() => import('./notices/PublicNoticesPage').then((m) => m.PublicNoticesPage)),
        },
        {
          path: 'notices/:id',
          lazy: lazyPage(() => import('./notices/PublicNoticePage').then((m) => m.PublicNoticePage)),
        },
        {
          element: <RequireAuth />,
          children: [
            { index: true, element: <HomePage /> },
            {
              path: 'profile',
              lazy: lazyPage(() => import('./pages/ProfilePage').then((m) => m.ProfilePage)),
            },
            {
              path: 'documents',
              lazy: lazyPage(() => import('./pages/DocumentsPage').then((m) => m.DocumentsPage)),
            },
            {
              path: 'notifications',
              lazy: lazyPage(() => import('./pages/NotificationsPage').then((m) => m.NotificationsPage)),
            },
            { path: 'apply', lazy: lazyPage(() => import('./pages/ApplyPage').then((m) => m.ApplyPage)) },
            {
              path: 'applications/:id',
              lazy: lazyPage(() => import('./pages/ApplicationPage').then((m) => m.ApplicationPage)),
            },
            {
              path: 'applications/:id/edit',
              lazy: lazyPage(() => import('./pages/ApplyPage').then((m) => m.ApplyPage)),
            },
            {
              path: 'applications/:id/permit',
              lazy: lazyPage(() => import('./pages/PermitPage').then((m) => m.PermitPage)),
            },
            {
              path: 'subsidy/claim',
              lazy: lazyPage(() => import('./subsidy/ClaimFormPage').then((m) => m.ClaimFormPage)),
            },
            {
              path: 'subsidy/claims/:id',
              lazy: lazyPage(() => import('./subsidy/ClaimPage').then((m) => m.ClaimPage)),
            },
            { path: 'password', element: <ChangePasswordPage /> },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/' },
);
