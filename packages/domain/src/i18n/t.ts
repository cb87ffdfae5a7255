import type { Locale } from './locale';
import { isMessageKey, messages } from './messages';

export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Looks a key up and fills `{name}` placeholders. An unknown key comes back as itself, so a missing
 * translation shows up on screen instead of failing silently; an unknown placeholder stays visible too.
 */
export function t(locale: Locale, key: string, params?: MessageParams): string {
  const template = isMessageKey(key) ? messages[key][locale] : key;
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
