import {
  defaultLocale,
  t as domainT,
  hasPlural,
  type Locale,
  locales,
  type MessageKey,
  type MessageParams,
  selectPlurals,
} from '@talent/domain';
import { commonUiMessages, type UiCatalogue, type UiMessageKey } from './portals';

/** A key of either catalogue: the portals' own strings or the domain's validation/error messages. */
export type TranslationKey = UiMessageKey | MessageKey;

const PLACEHOLDER = /\{(\w+)\}/g;

/** A key every portal's catalogue has: the codes the UI words itself ('error.network', …) are here. */
export function isUiMessageKey(key: string): key is UiMessageKey {
  return Object.hasOwn(commonUiMessages, key);
}

/**
 * Looks a key up in the portal's catalogue (by default the strings every portal has), then in the
 * domain's `messages`. An unknown key comes back as itself (the domain's `t` does the same), so a
 * missing translation is visible instead of silent.
 */
export function translate(
  locale: Locale,
  key: string,
  params?: MessageParams,
  catalogue: UiCatalogue = commonUiMessages,
): string {
  const text = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
  if (text === undefined) return domainT(locale, key, params);
  const template = text[locale];
  if (params === undefined) return template;
  const filled = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
  return hasPlural(filled) ? selectPlurals(locale, filled, params) : filled;
}

export const LOCALE_STORAGE_KEY = 'talent.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The saved choice, else the platform default (zh-CN): the browser's language is deliberately not used. */
export function readStoredLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}
