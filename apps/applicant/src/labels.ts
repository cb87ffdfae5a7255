import type { Locale } from '@talent/domain';
import { divisionByCode, qingyangDivisions } from '@talent/domain';

/** The county-level units of Qingyang, named in the reader's language. */
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
