import type { Locale, LocalizedText } from '../i18n/locale';
import { t } from '../i18n/t';

export type CriterionStatus = 'pass' | 'fail' | 'needs_evidence';
export type CriterionValue = string | number | boolean | null | readonly string[];

/**
 * One reason in a decision. `basis` says whether the platform measured it from data it holds
 * (dates, registries, figures) or a person must read a document: only decisions resting entirely
 * on data may be taken automatically (instant approval, 二(一)5).
 */
export type Criterion = {
  id: string;
  status: CriterionStatus;
  measured: CriterionValue;
  required: CriterionValue;
  clause: string;
  basis: 'data' | 'document';
  /** Index into the application's family members when the criterion is about one of them. */
  member?: number;
  sentence: LocalizedText;
};

export type EligibilityOutcome = 'eligible' | 'ineligible' | 'needs_evidence';

/** Any failed criterion decides against; otherwise any open one leaves the case waiting for evidence. */
export function outcomeOf(criteria: readonly Criterion[]): EligibilityOutcome {
  let open = false;
  for (const c of criteria) {
    if (c.status === 'fail') return 'ineligible';
    if (c.status === 'needs_evidence') open = true;
  }
  return open ? 'needs_evidence' : 'eligible';
}

/** Sentence parameters may be vocabulary keys (or lists of them), translated into each locale in turn. */
export type SentenceParam = string | number | { key: string } | { keys: readonly string[] };
export type SentenceParams = Readonly<Record<string, SentenceParam>>;

export function sentence(key: string, params: SentenceParams = {}): LocalizedText {
  const en = fillFor('en', key, params);
  // A sentence may open with a vocabulary term written in lower case ("degree certificate verified").
  return { 'zh-CN': fillFor('zh-CN', key, params), en: en.charAt(0).toUpperCase() + en.slice(1) };
}

function fillFor(locale: Locale, key: string, params: SentenceParams): string {
  const resolved: Record<string, string | number> = {};
  for (const name in params) resolved[name] = resolve(locale, params[name] as SentenceParam);
  return t(locale, key, resolved);
}

function resolve(locale: Locale, value: SentenceParam): string | number {
  if (typeof value !== 'object') return value;
  if ('key' in value) return t(locale, value.key);
  return value.keys.map((k) => t(locale, k)).join(locale === 'zh-CN' ? '、' : ', ');
}

/** A vocabulary key as a sentence parameter, e.g. term('tier.master'). */
export function term(key: string): { key: string } {
  return { key };
}

/** Several vocabulary terms sharing a prefix, listed in the reader's language. */
export function terms(prefix: string, ids: readonly string[]): { keys: readonly string[] } {
  return { keys: ids.map((id) => `${prefix}${id}`) };
}
