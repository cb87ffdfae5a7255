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
import { SignUpPage } from './pages/SignUpPage';

const employers = { kinds: ['employer'] } as const;

export const nav: NavItem[] = [
  { to: '/', label: 'nav.home', end: true, audience: employers },
  { to: '/password', label: 'nav.password', audience: employers },
];

export const router = createBrowserRouter(
  [
    {
      element: <AppShell portal="employer" layout="desk" nav={nav} />,
      errorElement: <RouteError />,
      children: [
        { path: 'sign-in', element: <SignInPage signUpPath="/sign-up" /> },
        { path: 'sign-up', element: <SignUpPage /> },
        {
          element: <RequireAuth />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'password', element: <ChangePasswordPage /> },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/employer' },
);
