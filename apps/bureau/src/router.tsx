import {
  AppShell,
  ChangePasswordPage,
  type NavItem,
  NotFound,
  RequireAccess,
  RequireAuth,
  RouteError,
  SignInPage,
} from '@talent/ui';
import { createBrowserRouter } from 'react-router';
import { EmployersPage, employersAudience } from './employers/EmployersPage';
import { HomePage } from './pages/HomePage';
import { StaffPage, staffAudience } from './pages/StaffPage';
import { CasePage } from './settlements/CasePage';
import { QueuePage, queueAudience } from './settlements/QueuePage';

const bureau = { kinds: ['bureau'] } as const;

export const nav: NavItem[] = [
  { to: '/', label: 'nav.home', end: true, audience: bureau },
  { to: '/settlements', label: 'nav.settlements', audience: queueAudience },
  { to: '/employers', label: 'nav.employers', audience: employersAudience },
  { to: '/staff', label: 'nav.staff', audience: staffAudience },
  { to: '/password', label: 'nav.password', audience: bureau },
];

export const router = createBrowserRouter(
  [
    {
      element: <AppShell portal="bureau" layout="desk" nav={nav} />,
      errorElement: <RouteError />,
      children: [
        { path: 'sign-in', element: <SignInPage /> },
        {
          element: <RequireAuth />,
          children: [
            { index: true, element: <HomePage /> },
            {
              path: 'settlements',
              element: (
                <RequireAccess audience={queueAudience}>
                  <QueuePage />
                </RequireAccess>
              ),
            },
            {
              path: 'settlements/:id',
              element: (
                <RequireAccess audience={queueAudience}>
                  <CasePage />
                </RequireAccess>
              ),
            },
            {
              path: 'employers',
              element: (
                <RequireAccess audience={employersAudience}>
                  <EmployersPage />
                </RequireAccess>
              ),
            },
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
  { basename: '/bureau' },
);
