import type { NoticeState } from '@talent/domain';
import type { Audience, Tone } from '@talent/ui';

/** Everyone who works with awards reads notices; approvers act on them, reviewers record objections. */
export const noticesAudience: Audience = { calls: 'GET /api/bureau/public-notices' };
/** An approver draws up a notice from the approved claims. */
export const noticeDrafters: Audience = { calls: 'POST /api/bureau/public-notices' };

export const noticeStateTone: Record<NoticeState, Tone> = {
  draft: 'neutral',
  published: 'warning',
  closed: 'success',
};
