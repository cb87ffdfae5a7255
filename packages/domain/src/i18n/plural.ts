import type { Locale } from './locale';
import type { MessageParams } from './t';

// Count-dependent wording, ICU style: '{n, plural, one {# month} other {# months}}'. The form is
// chosen by Intl.PluralRules for the locale (English tells one from other; Chinese has one form
// only, so its texts need no block), and '#' stands for the count.
const PLURAL = /\{(\w+), plural,((?:\s*\w+ \{[^{}]*\})+)\s*\}/g;
const FORM = /(\w+) \{([^{}]*)\}/g;

const rules = new Map<Locale, Intl.PluralRules>();
function rulesFor(locale: Locale): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) {
    found = new Intl.PluralRules(locale);
    rules.set(locale, found);
  }
  return found;
}

/** Whether a template holds a plural block (most do not: they are filled without this pass). */
export function hasPlural(template: string): boolean {
  return template.includes(', plural,');
}

/**
 * Replaces each plural block with the form its count takes, '#' with the count as given (a caller
 * may pass it formatted: '1,200'). A block whose count is missing stays as it is, visible like an
 * unknown placeholder; a count that is not a plain number takes the 'other' form.
 */
export function selectPlurals(locale: Locale, template: string, params: MessageParams): string {
  return template.replace(PLURAL, (whole, name: string, body: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const count = Number(value);
    const forms = new Map([...body.matchAll(FORM)].map(([, form = '', text = '']) => [form, text]));
    const form = Number.isNaN(count) ? 'other' : rulesFor(locale).select(count);
    const text = forms.get(form) ?? forms.get('other');
    return text === undefined ? whole : text.replaceAll('#', String(value));
  });
}
