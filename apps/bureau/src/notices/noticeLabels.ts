import type { NoticeState } from '@talent/domain';
import type { Tone } from '@talent/ui';

export const noticeStateTone: Record<NoticeState, Tone> = {
  draft: 'neutral',
  published: 'warning',
  closed: 'success',
};
