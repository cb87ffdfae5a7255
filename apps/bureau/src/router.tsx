import {
  AppShell,
  ChangePasswordPage,
  lazyPage,
  type NavItem,
  NotFound,
  RequireAuth,
  RouteError,
  SignInPage,
} from '@talent/ui';
import { createBrowserRouter } from 'react-router';
import {
  auditAudience,
  cardManagers,
  cardsAudience,
  claimQueueAudience,
  clawbacksAudience,
  contributionsAudience,
  disbursementsAudience,
  employersAudience,
  failedPaymentsAudience,
  noticeDrafters,
  noticesAudience,
  policyAdmins,
  policyAudience,
  queueAudience,
  serviceLevelAudience,
  staffAudience,
  statisticsAudience,
} from './audiences';
import { HomePage } from './pages/HomePage';

const bureau = { kinds: ['bureau'] } as const;

export const nav: NavItem[] = [
  { to: '/', label: 'nav.home', end: true, audience: bureau },
  { to: '/settlements', label: 'nav.settlements', audience: queueAudience },
  { to: '/subsidy-claims', label: 'nav.subsidyClaims', audience: claimQueueAudience },
  { to: '/employers', label: 'nav.employers', audience: employersAudience },
  { to: '/notices', label: 'nav.notices', audience: noticesAudience },
  { to: '/disbursements', label: 'nav.disbursements', audience: disbursementsAudience },
  { to: '/failed-payments', label: 'nav.failedPayments', audience: failedPaymentsAudience },
  { to: '/talent-cards', label: 'nav.talentCards', audience: cardsAudience },
  { to: '/clawbacks', label: 'nav.clawbacks', audience: clawbacksAudience },
  { to: '/contributions', label: 'nav.contributions', audience: contributionsAudience },
  { to: '/statistics', label: 'nav.statistics', audience: statisticsAudience },
  { to: '/policy', label: 'nav.policy', audience: policyAudience },
  { to: '/service-level', label: 'nav.serviceLevel', audience: serviceLevelAudience },
  { to: '/staff', label: 'nav.staff', audience: staffAudience },
  { to: '/audit', label: 'nav.audit', audience: auditAudience },
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
              lazy: lazyPage(() => import('./settlements/QueuePage').then((m) => m.QueuePage), queueAudience),
            },
            {
              path: 'settlements/:id',
              lazy: lazyPage(() => import('./settlements/CasePage').then((m) => m.CasePage), queueAudience),
            },
            {
              path: 'subsidy-claims',
              lazy: lazyPage(
                () => import('./subsidyClaims/ClaimQueuePage').then((m) => m.ClaimQueuePage),
                claimQueueAudience,
              ),
            },
            {
              path: 'subsidy-claims/:id',
              lazy: lazyPage(
                () => import('./subsidyClaims/ClaimCasePage').then((m) => m.ClaimCasePage),
                claimQueueAudience,
              ),
            },
            {
              path: 'audit',
              lazy: lazyPage(() => import('./audit/AuditLogPage').then((m) => m.AuditLogPage), auditAudience),
            },
            {
              path: 'employers',
              lazy: lazyPage(
                () => import('./employers/EmployersPage').then((m) => m.EmployersPage),
                employersAudience,
              ),
            },
            {
              path: 'disbursements',
              lazy: lazyPage(
                () => import('./disbursements/BatchesPage').then((m) => m.BatchesPage),
                disbursementsAudience,
              ),
            },
            {
              path: 'disbursements/:id',
              lazy: lazyPage(
                () => import('./disbursements/BatchPage').then((m) => m.BatchPage),
                disbursementsAudience,
              ),
            },
            {
              path: 'payment-holds',
              lazy: lazyPage(
                () => import('./disbursements/HeldPaymentsPage').then((m) => m.HeldPaymentsPage),
                disbursementsAudience,
              ),
            },
            {
              path: 'failed-payments',
              lazy: lazyPage(
                () => import('./disbursements/FailedPaymentsPage').then((m) => m.FailedPaymentsPage),
                failedPaymentsAudience,
              ),
            },
            {
              path: 'notices',
              lazy: lazyPage(
                () => import('./notices/NoticesPage').then((m) => m.NoticesPage),
                noticesAudience,
              ),
            },
            {
              path: 'notices/new',
              lazy: lazyPage(
                () => import('./notices/NewNoticePage').then((m) => m.NewNoticePage),
                noticeDrafters,
              ),
            },
            {
              path: 'notices/:id',
              lazy: lazyPage(() => import('./notices/NoticePage').then((m) => m.NoticePage), noticesAudience),
            },
            {
              path: 'talent-cards',
              lazy: lazyPage(
                () => import('./talentCards/TalentCardsPage').then((m) => m.TalentCardsPage),
                cardsAudience,
              ),
            },
            {
              path: 'talent-cards/import',
              lazy: lazyPage(
                () => import('./talentCards/ImportPage').then((m) => m.ImportPage),
                cardManagers,
              ),
            },
            {
              path: 'clawbacks',
              lazy: lazyPage(
                () => import('./clawbacks/ClawbacksPage').then((m) => m.ClawbacksPage),
                clawbacksAudience,
              ),
            },
            {
              path: 'clawbacks/:id',
              lazy: lazyPage(
                () => import('./clawbacks/ClawbackPage').then((m) => m.ClawbackPage),
                clawbacksAudience,
              ),
            },
            {
              path: 'contributions',
              lazy: lazyPage(
                () => import('./contributions/ContributionsPage').then((m) => m.ContributionsPage),
                contributionsAudience,
              ),
            },
            {
              path: 'statistics',
              lazy: lazyPage(
                () => import('./statistics/StatisticsPage').then((m) => m.StatisticsPage),
                statisticsAudience,
              ),
            },
            {
              path: 'policy',
              lazy: lazyPage(() => import('./policy/PolicyPage').then((m) => m.PolicyPage), policyAudience),
            },
            {
              path: 'policy/new',
              lazy: lazyPage(
                () => import('./policy/NewPolicyVersionPage').then((m) => m.NewPolicyVersionPage),
                policyAdmins,
              ),
            },
            {
              path: 'service-level',
              lazy: lazyPage(
                () => import('./serviceLevel/ServiceLevelPage').then((m) => m.ServiceLevelPage),
                serviceLevelAudience,
              ),
            },
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
  { basename: '/bureau' },
);
