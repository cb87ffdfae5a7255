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
import { AuditLogPage } from './audit/AuditLogPage';
import { auditAudience } from './audit/types';
import { ClawbackPage } from './clawbacks/ClawbackPage';
import { ClawbacksPage } from './clawbacks/ClawbacksPage';
import { clawbacksAudience } from './clawbacks/types';
import { ContributionsPage, contributionsAudience } from './contributions/ContributionsPage';
import { BatchesPage } from './disbursements/BatchesPage';
import { BatchPage } from './disbursements/BatchPage';
import { FailedPaymentsPage } from './disbursements/FailedPaymentsPage';
import { HeldPaymentsPage } from './disbursements/HeldPaymentsPage';
import { disbursementsAudience, failedPaymentsAudience } from './disbursements/types';
import { EmployersPage, employersAudience } from './employers/EmployersPage';
import { NewNoticePage } from './notices/NewNoticePage';
import { NoticePage } from './notices/NoticePage';
import { NoticesPage } from './notices/NoticesPage';
import { noticeDrafters, noticesAudience } from './notices/noticeLabels';
import { HomePage } from './pages/HomePage';
import { StaffPage, staffAudience } from './pages/StaffPage';
import { NewPolicyVersionPage } from './policy/NewPolicyVersionPage';
import { PolicyPage } from './policy/PolicyPage';
import { policyAdmins, policyAudience } from './policy/types';
import { ServiceLevelPage, serviceLevelAudience } from './serviceLevel/ServiceLevelPage';
import { CasePage } from './settlements/CasePage';
import { QueuePage, queueAudience } from './settlements/QueuePage';
import { StatisticsPage, statisticsAudience } from './statistics/StatisticsPage';
import { ClaimCasePage } from './subsidyClaims/ClaimCasePage';
import { ClaimQueuePage, claimQueueAudience } from './subsidyClaims/ClaimQueuePage';
import { cardManagers, cardsAudience } from './talentCards/audience';
import { ImportPage } from './talentCards/ImportPage';
import { TalentCardsPage } from './talentCards/TalentCardsPage';

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
              path: 'subsidy-claims',
              element: (
                <RequireAccess audience={claimQueueAudience}>
                  <ClaimQueuePage />
                </RequireAccess>
              ),
            },
            {
              path: 'subsidy-claims/:id',
              element: (
                <RequireAccess audience={claimQueueAudience}>
                  <ClaimCasePage />
                </RequireAccess>
              ),
            },
            {
              path: 'audit',
              element: (
                <RequireAccess audience={auditAudience}>
                  <AuditLogPage />
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
              path: 'disbursements',
              element: (
                <RequireAccess audience={disbursementsAudience}>
                  <BatchesPage />
                </RequireAccess>
              ),
            },
            {
              path: 'disbursements/:id',
              element: (
                <RequireAccess audience={disbursementsAudience}>
                  <BatchPage />
                </RequireAccess>
              ),
            },
            {
              path: 'payment-holds',
              element: (
                <RequireAccess audience={disbursementsAudience}>
                  <HeldPaymentsPage />
                </RequireAccess>
              ),
            },
            {
              path: 'failed-payments',
              element: (
                <RequireAccess audience={failedPaymentsAudience}>
                  <FailedPaymentsPage />
                </RequireAccess>
              ),
            },
            {
              path: 'notices',
              element: (
                <RequireAccess audience={noticesAudience}>
                  <NoticesPage />
                </RequireAccess>
              ),
            },
            {
              path: 'notices/new',
              element: (
                <RequireAccess audience={noticeDrafters}>
                  <NewNoticePage />
                </RequireAccess>
              ),
            },
            {
              path: 'notices/:id',
              element: (
                <RequireAccess audience={noticesAudience}>
                  <NoticePage />
                </RequireAccess>
              ),
            },
            {
              path: 'talent-cards',
              element: (
                <RequireAccess audience={cardsAudience}>
                  <TalentCardsPage />
                </RequireAccess>
              ),
            },
            {
              path: 'talent-cards/import',
              element: (
                <RequireAccess audience={cardManagers}>
                  <ImportPage />
                </RequireAccess>
              ),
            },
            {
              path: 'clawbacks',
              element: (
                <RequireAccess audience={clawbacksAudience}>
                  <ClawbacksPage />
                </RequireAccess>
              ),
            },
            {
              path: 'clawbacks/:id',
              element: (
                <RequireAccess audience={clawbacksAudience}>
                  <ClawbackPage />
                </RequireAccess>
              ),
            },
            {
              path: 'contributions',
              element: (
                <RequireAccess audience={contributionsAudience}>
                  <ContributionsPage />
                </RequireAccess>
              ),
            },
            {
              path: 'statistics',
              element: (
                <RequireAccess audience={statisticsAudience}>
                  <StatisticsPage />
                </RequireAccess>
              ),
            },
            {
              path: 'policy',
              element: (
                <RequireAccess audience={policyAudience}>
                  <PolicyPage />
                </RequireAccess>
              ),
            },
            {
              path: 'policy/new',
              element: (
                <RequireAccess audience={policyAdmins}>
                  <NewPolicyVersionPage />
                </RequireAccess>
              ),
            },
            {
              path: 'service-level',
              element: (
                <RequireAccess audience={serviceLevelAudience}>
                  <ServiceLevelPage />
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
