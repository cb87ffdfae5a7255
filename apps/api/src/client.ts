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
// Response shapes the bureau portal still names (type-only: nothing of the server ships). The portals
// take the others from the client itself (`Awaited<ReturnType<…>>`); these go as the bureau follows.
export type { Me } from './capabilities/accounts/service.js';
export type {
  Candidate as NoticeCandidate,
  CandidatePage as NoticeCandidatePage,
} from './capabilities/publicNotices/candidates.js';
export type { CloseResult as NoticeCloseResult } from './capabilities/publicNotices/closing.js';
export type { NoticePage } from './capabilities/publicNotices/notices.js';
export type {
  NoticeDetail,
  NoticeEntry,
  NoticeObjection,
  NoticeSummary,
} from './capabilities/publicNotices/view.js';
export type { PoliceStationItem } from './capabilities/reference/service.js';
export type { ApplicationView, HistoryEntry } from './capabilities/settlement/view.js';
export type { ClaimView, QueueItem as ClaimQueueItem } from './capabilities/subsidyClaims/view.js';
export type { AppType };
