import type { Locale } from '@talent/domain';

/** 2026-10-13 → 2026年10月13日 in Chinese; the ISO date in English. */
export function noticeDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-');
  return locale === 'zh-CN' ? `${y}年${Number(m)}月${Number(d)}日` : date;
}
