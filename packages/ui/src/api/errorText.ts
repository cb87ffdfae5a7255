import { isMessageKey } from '@talent/domain';
import { isUiMessageKey } from '../i18n/translate';
import type { ApiError, FieldIssue } from './apiFetch';

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * What to show for an API error. The API words its message for the case at hand (a 409 says *which*
 * value is taken) in the language of the request's Accept-Language, which apiFetch sets to the page's
 * language, so that message is preferred; the catalogue's 'error.<code>' is the fallback when the
 * response carries none, and the UI's own texts cover 'network' and 'unexpected'.
 */
export function apiErrorText(error: ApiError, tKey: Translate): string {
  if (error.code === 'network') return tKey('error.network');
  if (error.code === 'unexpected') return tKey('error.unexpected', { status: error.status });
  if (error.message && error.message !== error.code) return error.message;
  const key = `error.${error.code}`;
  return isMessageKey(key) || isUiMessageKey(key) ? tKey(key) : error.code;
}

/** A field issue's text: the catalogue's for a known code (follows a language switch), else the server's. */
export function fieldIssueText(issue: FieldIssue, tKey: Translate): string {
  return isMessageKey(issue.code) || isUiMessageKey(issue.code) ? tKey(issue.code) : issue.message;
}
