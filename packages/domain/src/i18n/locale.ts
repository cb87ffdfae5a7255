export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
/** Chinese is the platform's default language; English is a switch away. */
export const defaultLocale: Locale = 'zh-CN';

export type LocalizedText = { readonly 'zh-CN': string; readonly en: string };
