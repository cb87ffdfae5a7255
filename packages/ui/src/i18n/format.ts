import type { Locale } from '@talent/domain';

/** Instants are shown in China time whatever the viewer's computer says. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(value: string | Date, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, {
    timeZone: DISPLAY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** A calendar date as the reader writes it (dates are 'YYYY-MM-DD' on the wire). */
export function formatDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-');
  return locale === 'zh-CN' ? `${y}年${Number(m)}月${Number(d)}日` : date;
}
