import type { Locale } from './locale';
import { isMessageKey, messages } from './messages';

export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/;
const PLACEHOLDERS = /\{(\w+)\}/g;
// Catalogue templates split once into literal / name / literal …: eligibility and award explanations
// fill tens of sentences per claim, and a regex pass per sentence dominated the benchmark.
const compiled = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Looks a key up and fills `{name}` placeholders. An unknown key comes back as itself, so a missing
 * translation shows up on screen instead of failing silently; an unknown placeholder stays visible too.
 */
export function t(locale: Locale, key: string, params?: MessageParams): string {
  if (!isMessageKey(key)) {
    return params === undefined
      ? key
      : key.replace(PLACEHOLDERS, (whole, name: string) => fill(params, name, whole));
  }
  const template = messages[key][locale];
  if (params === undefined) return template;
  const parts = partsOf(template);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    out += fill(params, name, `{${name}}`) + (parts[i + 1] ?? '');
  }
  return out;
}

function fill(params: MessageParams, name: string, whole: string): string {
  const value = params[name];
  return value === undefined ? whole : String(value);
}
