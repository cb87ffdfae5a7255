export { type LocalizedIssue, localizeIssues } from './localizeIssues';
export { defaultLocale, type Locale, type LocalizedText, locales } from './locale';
export { isMessageKey, type MessageKey, messages } from './messages';
export { type MessageParams, t } from './t';
