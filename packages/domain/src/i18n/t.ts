import type { Locale, LocalizedText } from './locale';
import { messages } from './messages';
import { hasPlural, selectPlurals } from './plural';

export type MessageParams = Readonly<Record<string, string | number>>;

const NO_PARAMS: MessageParams = {};
const PLACEHOLDER = /\{(\w+)\}/;
const PLACEHOLDERS = /\{(\w+)\}/g;

/**
 * Each catalogue template split once into literal, name, literal, …: eligibility and award
 * explanations fill tens of sentences per claim, and scanning each template again dominated the
 * benchmark.
 */
type Compiled = { readonly 'zh-CN': readonly string[]; readonly en: readonly string[] };
const compiled = new Map<string, Compiled>(
  Object.entries(messages as Record<string, LocalizedText>).map(([key, text]) => [
    key,
    { 'zh-CN': text['zh-CN'].split(PLACEHOLDER), en: text.en.split(PLACEHOLDER) },
  ]),
);

/** Splits a text on its `{name}` placeholders: literal, name, literal, … (odd indices are names). */
export function splitTemplate(text: string): readonly string[] {
  return text.split(PLACEHOLDER);
}

/** Fills a split template; a placeholder without a value stays visible. */
export function fillTemplate(parts: readonly string[], params: MessageParams): string {
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = params[name];
    out += (value === undefined ? `{${name}}` : String(value)) + (parts[i + 1] as string);
  }
  return out;
}

/** The split template of a catalogue key (odd indices are placeholder names), or undefined. */
export function templateParts(locale: Locale, key: string): readonly string[] | undefined {
  return compiled.get(key)?.[locale];
}

/**
 * Looks a key up and fills `{name}` placeholders. An unknown key comes back as itself, so a missing
 * translation shows up on screen instead of failing silently; an unknown placeholder stays visible too.
 */
export function t(locale: Locale, key: string, params?: MessageParams): string {
  const parts = templateParts(locale, key);
  if (parts === undefined) {
    return params === undefined
      ? key
      : key.replace(PLACEHOLDERS, (whole, name: string) => String(params[name] ?? whole));
  }
  const text = fillTemplate(parts, params ?? NO_PARAMS);
  return params !== undefined && hasPlural(text) ? selectPlurals(locale, text, params) : text;
}
