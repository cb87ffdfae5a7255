export { defaultLocale, type Locale, type LocalizedText, locales } from './locale';
export { type LocalizedIssue, localizeIssues } from './localizeIssues';
export { isMessageKey, type MessageKey, messages } from './messages';
export { hasPlural, selectPlurals } from './plural';
export { type MessageParams, t } from './t';
