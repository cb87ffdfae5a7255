import { defaultLocale, type Locale } from '@talent/domain';

/**
 * The response language from Accept-Language: English when the caller prefers English to Chinese,
 * Chinese (the platform's default) otherwise.
 */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return defaultLocale;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.split(',', 20)) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const locale: Locale | null = tag.startsWith('en') ? 'en' : tag.startsWith('zh') ? 'zh-CN' : null;
    if (!locale) continue;
    let q = 1;
    for (const p of params) {
      const [k, v] = p.trim().split('=');
      if (k === 'q' && v !== undefined) q = Number(v);
    }
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { locale, q };
  }
  return best?.locale ?? defaultLocale;
}
