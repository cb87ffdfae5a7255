import { divisionByCode, type Locale, qingyangDivisions } from '@talent/domain';

/** Qingyang's counties as select options, in the reader's language. */
export function countyOptions(locale: Locale) {
  return qingyangDivisions
    .filter((d) => d.level === 'county')
    .map((d) => ({ value: d.code, label: locale === 'zh-CN' ? d.nameZh : d.nameEn }));
}

/** A county's name in the reader's language; the code itself when it names no division, '—' when none. */
export function countyName(code: string | null | undefined, locale: Locale): string {
  const d = code ? divisionByCode(code) : undefined;
  if (!d) return code ?? '—';
  return locale === 'zh-CN' ? d.nameZh : d.nameEn;
}
