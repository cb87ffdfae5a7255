import type { NoticeState } from '@talent/domain';
import type { Audience, Tone } from '@talent/ui';

/** Everyone who works with awards reads notices; approvers act on them, reviewers record objections. */
export const noticesAudience: Audience = {
  kinds: ['bureau'],
  roles: ['reviewer', 'approver', 'finance', 'admin', 'auditor'],
};

export const noticeStateTone: Record<NoticeState, Tone> = {
  draft: 'neutral',
  published: 'warning',
  closed: 'success',
};
