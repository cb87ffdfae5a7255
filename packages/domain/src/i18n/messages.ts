import { errorMessages } from './catalogue/errors';
import { validationMessages } from './catalogue/validation';
import { zodMessages } from './catalogue/zod';

/** The package's single message catalogue: key → text per locale. */
export const messages = {
  ...validationMessages,
  ...errorMessages,
  ...zodMessages,
} as const;

export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}
