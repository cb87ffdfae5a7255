import { hc } from 'hono/client';
import type { AppType } from './app.js';

/**
 * The portals' typed API client (hono/client over the OpenAPI routes). Same-origin by default
 * (baseUrl ''), and it sends the session cookie also when the API is on another origin in development.
 *
 *   const api = createApiClient();
 *   const res = await api.api.me.$get();
 *   if (res.ok) { const { user } = await res.json(); }
 */
export function createApiClient(
  baseUrl = '',
  options: { fetch?: typeof fetch; headers?: Record<string, string> } = {},
) {
  return hc<AppType>(baseUrl, {
    init: { credentials: 'include' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;
// Response shapes, for code that does not go through the client (type-only: nothing of the server ships).
export type { ApplicantView, Me } from './capabilities/accounts/service.js';
export type { DocumentItem } from './capabilities/documents/service.js';
export type { NotificationItem, NotificationPage } from './capabilities/notifications/service.js';
export type { PermitView, PublicPermit } from './capabilities/permits/service.js';
export type { ProfileView } from './capabilities/profile/service.js';
export type {
  Candidate as NoticeCandidate,
  CandidatePage as NoticeCandidatePage,
} from './capabilities/publicNotices/candidates.js';
export type { CloseResult as NoticeCloseResult } from './capabilities/publicNotices/closing.js';
export type { NoticePage } from './capabilities/publicNotices/notices.js';
export type { PublicNotice, PublicNoticeSummary } from './capabilities/publicNotices/public.js';
export type {
  NoticeDetail,
  NoticeEntry,
  NoticeObjection,
  NoticeSummary,
} from './capabilities/publicNotices/view.js';
export type {
  CollectiveEmployerItem,
  EmployerItem,
  PoliceStationItem,
} from './capabilities/reference/service.js';
export type { ApplicationSummary } from './capabilities/settlement/service.js';
export type { ApplicationView, EmploymentStatus, HistoryEntry } from './capabilities/settlement/view.js';
export type { StaffItem, StaffPage } from './capabilities/staff/service.js';
export type { QueueItem as ClaimQueueItem } from './capabilities/subsidyClaims/queue.js';
export type {
  ClaimSummary,
  Eligibility as SubsidyEligibility,
} from './capabilities/subsidyClaims/service.js';
export type { ClaimView, PaymentView } from './capabilities/subsidyClaims/view.js';
export type { OwnCard } from './capabilities/talentCards/view.js';
export type { ApiErrorCode, ErrorBody } from './platform/errors.js';
export type { AppType };
