import { employerMessages } from '../employers/messages';
import { publicNoticeMessages } from '../publicNotice/messages';
import { aftercareMessages } from './catalogue/aftercare';
import { awardMessages } from './catalogue/award';
import { disbursementMessages } from './catalogue/disbursement';
import { eligibilityMessages } from './catalogue/eligibility';
import { errorMessages } from './catalogue/errors';
import { greenChannelMessages } from './catalogue/greenChannel';
import { machineMessages } from './catalogue/machines';
import { personMessages } from './catalogue/persons';
import { recoveryMessages } from './catalogue/recovery';
import { settlementMessages } from './catalogue/settlement';
import { subsidyClaimMessages } from './catalogue/subsidyClaim';
import { talentCardMessages } from './catalogue/talentCard';
import { validationMessages } from './catalogue/validation';
import { vocabularyMessages } from './catalogue/vocabulary';
import { zodMessages } from './catalogue/zod';

/** The package's single message catalogue: key → text per locale. */
export const messages = {
  ...validationMessages,
  ...errorMessages,
  ...zodMessages,
  ...vocabularyMessages,
  ...eligibilityMessages,
  ...awardMessages,
  ...aftercareMessages,
  ...machineMessages,
  ...employerMessages,
  ...settlementMessages,
  ...disbursementMessages,
  ...publicNoticeMessages,
  ...subsidyClaimMessages,
  ...talentCardMessages,
  ...greenChannelMessages,
  ...recoveryMessages,
  ...personMessages,
} as const;

export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}
