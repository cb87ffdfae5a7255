import type { Tone } from '@talent/ui';

export const claimStateTone: Record<string, Tone> = {
  submitted: 'info',
  under_review: 'info',
  returned: 'warning',
  recommended: 'info',
  approved: 'success',
  in_public_notice: 'info',
  awarded: 'success',
  rejected: 'error',
  withdrawn: 'neutral',
};
