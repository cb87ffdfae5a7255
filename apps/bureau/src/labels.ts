import { divisionByCode, type Locale, qingyangDivisions } from '@talent/domain';

/** Qingyang's counties as select options, in the reader's language. */
export function countyOptions(locale: Locale) {
  return qingyangDivisions
    .filter((d) => d.level === 'county')
    .map((d) => ({ value: d.code, label: locale === 'zh-CN' ? d.nameZh : d.nameEn }));
}

export function countyName(code: string | null | undefined, locale: Locale): string {
  const d = code ? divisionByCode(code) : undefined;
  if (!d) return code ?? '—';
  return locale === 'zh-CN' ? d.nameZh : d.nameEn;
}

/** A calendar date as the reader writes it (dates are 'YYYY-MM-DD' on the wire). */
export function formatDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-');
  return locale === 'zh-CN' ? `${y}年${Number(m)}月${Number(d)}日` : date;
}
