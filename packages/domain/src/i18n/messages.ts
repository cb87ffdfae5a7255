import { employerMessages } from '../employers/messages';
import { awardMessages } from './catalogue/award';
import { eligibilityMessages } from './catalogue/eligibility';
import { errorMessages } from './catalogue/errors';
import { machineMessages } from './catalogue/machines';
import { settlementMessages } from './catalogue/settlement';
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
  ...machineMessages,
  ...employerMessages,
  ...settlementMessages,
} as const;

export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}
