import { useEffect, useMemo, useState } from 'react';
import { isApiError } from '../api/apiFetch';
import { apiErrorText, fieldIssueText } from '../api/errorText';
import { useI18n } from '../i18n/I18nProvider';

/** Seconds left before a 429 `rate_limited` may be retried; 0 when none or the wait is over. */
export function useRetryAfter(error: unknown): number {
  const seconds = isApiError(error) && error.code === 'rate_limited' ? (error.retryAfterSeconds ?? 0) : 0;
  const until = useMemo(() => (seconds > 0 ? Date.now() + seconds * 1000 : 0), [error, seconds]);
  return useCountdown(until);
}

/** Whole seconds left until `until` (epoch ms), ticking each second; 0 for none or once passed. */
export function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  // the clock read now, not the last tick: a countdown that just started must not show 61 of 60
  const current = Math.max(now, Date.now());
  const remaining = until > current ? Math.ceil((until - current) / 1000) : 0;
  useEffect(() => {
    if (until === 0) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return remaining;
}

/**
 * The error of a form or an action, announced to screen readers: the catalogue text of the API's
 * code, the wait of a 429, and the request ID to quote to support. Renders nothing for no error.
 */
export function FormError({ error, testId = 'form-error' }: { error: unknown; testId?: string }) {
  const { t, tKey } = useI18n();
  if (error === null || error === undefined) return null;
  if (!isApiError(error)) {
    return (
      <div className="notice notice-error" role="alert" data-testid={testId}>
        {t('error.internal')}
      </div>
    );
  }
  const retry = error.code === 'rate_limited' ? error.retryAfterSeconds : undefined;
  const text =
    retry === undefined
      ? apiErrorText(error, tKey)
      : retry >= 60
        ? t('error.rateLimitedRetryMinutes', { minutes: Math.ceil(retry / 60) })
        : t('error.rateLimitedRetry', { seconds: retry });
  const extra = error.code === 'validation_failed' ? error.fields.map((f) => fieldIssueText(f, tKey)) : [];
  return (
    <div className="notice notice-error" role="alert" data-testid={testId} data-code={error.code}>
      <p>{text}</p>
      {extra.length > 0 && (
        <ul>
          {extra.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {error.requestId && (
        <p className="request-id">{t('error.requestId', { requestId: error.requestId })}</p>
      )}
    </div>
  );
}
