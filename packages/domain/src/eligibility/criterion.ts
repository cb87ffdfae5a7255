import type { Locale, LocalizedText } from '../i18n/locale';
import { t, templateParts } from '../i18n/t';
import { formatFen } from '../money/fen';

export type CriterionStatus = 'pass' | 'fail' | 'needs_evidence';
export type CriterionValue = string | number | boolean | null | readonly string[];

/**
 * One reason in a decision. `basis` says whether the platform measured it from data it holds
 * (dates, registries, figures) or a person must read a document: only decisions resting entirely
 * on data may be taken automatically (instant approval, 二(一)5).
 */
export type Criterion = {
  readonly id: string;
  readonly status: CriterionStatus;
  readonly measured: CriterionValue;
  readonly required: CriterionValue;
  readonly clause: string;
  readonly basis: 'data' | 'document';
  /** Index into the application's family members when the criterion is about one of them. */
  readonly member?: number;
  readonly sentence: LocalizedText;
};

/** A criterion the platform measured from data it holds; `member` when it concerns a family member. */
export function dataCriterion(
  id: string,
  status: CriterionStatus,
  measured: CriterionValue,
  required: CriterionValue,
  clause: string,
  text: LocalizedText,
  member?: number,
): Criterion {
  const c: Criterion = { id, status, measured, required, clause, basis: 'data', sentence: text };
  return member === undefined ? c : { ...c, member };
}

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

/**
 * Sentence parameters: plain values, vocabulary keys (or lists of them) translated into each locale,
 * and amounts in fen formatted for each locale.
 */
export type SentenceParam = string | number | { key: string } | { keys: readonly string[] } | { fen: number };
export type SentenceParams = Readonly<Record<string, SentenceParam>>;

const NO_PARAMS: SentenceParams = {};

export function sentence(key: string, params: SentenceParams = NO_PARAMS): LocalizedText {
  return { 'zh-CN': fill('zh-CN', key, params), en: fill('en', key, params) };
}

function fill(locale: Locale, key: string, params: SentenceParams): string {
  const parts = templateParts(locale, key);
  if (parts === undefined) return key;
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = params[name];
    let text = value === undefined ? `{${name}}` : resolve(locale, value);
    // An English sentence may open with a vocabulary term in lower case ("degree certificate verified").
    if (i === 1 && out === '' && locale === 'en') text = text.charAt(0).toUpperCase() + text.slice(1);
    out += text + (parts[i + 1] as string);
  }
  return out;
}

function resolve(locale: Locale, value: SentenceParam): string {
  if (typeof value !== 'object') return String(value);
  if ('key' in value) return t(locale, value.key);
  if ('fen' in value) return formatFen(value.fen, locale);
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

/** An amount of money as a sentence parameter. */
export function fen(amount: number): { fen: number } {
  return { fen: amount };
}
