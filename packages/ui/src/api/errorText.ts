import { isMessageKey } from '@talent/domain';
import { isUiMessageKey } from '../i18n/translate';
import type { ApiError } from './apiFetch';

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * What to show for an API error: the catalogue's text for its code ('error.<code>'), the server's
 * own message when the code is unknown to the catalogue.
 */
export function apiErrorText(error: ApiError, tKey: Translate): string {
  if (error.code === 'unexpected') return tKey('error.unexpected', { status: error.status });
  const key = `error.${error.code}`;
  if (isMessageKey(key) || isUiMessageKey(key)) return tKey(key);
  return error.message;
}
