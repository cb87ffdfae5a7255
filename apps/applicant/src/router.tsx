import {
  AppShell,
  ChangePasswordPage,
  type NavItem,
  NotFound,
  RequireAuth,
  RouteError,
  SignInPage,
} from '@talent/ui';
import { createBrowserRouter } from 'react-router';
import { HomePage } from './pages/HomePage';
import { ProfilePage } from './pages/ProfilePage';
import { SignUpPage } from './pages/SignUpPage';

const applicants = { kinds: ['applicant'] } as const;

export const nav: NavItem[] = [
  { to: '/', label: 'nav.home', end: true, icon: '⌂', audience: applicants },
  { to: '/profile', label: 'nav.profile', icon: '☺', audience: applicants },
  { to: '/password', label: 'nav.password', icon: '✱', audience: applicants },
];

export const router = createBrowserRouter(
  [
    {
      element: <AppShell portal="applicant" layout="mobile" nav={nav} />,
      errorElement: <RouteError />,
      children: [
        { path: 'sign-in', element: <SignInPage signUpPath="/sign-up" /> },
        { path: 'sign-up', element: <SignUpPage /> },
        {
          element: <RequireAuth />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'profile', element: <ProfilePage /> },
            { path: 'password', element: <ChangePasswordPage /> },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/' },
);
