import { formatFen, type Locale } from '@talent/domain';
import type { TFunction } from '@talent/ui';

type Value = string | number | boolean | null | number[] | undefined;

const fieldKeys: Record<string, string> = {
  'settlingInAllowance.totalFen': 'policy.settlingIn',
  'settlingInAllowance.parts': 'policy.parts',
  'livingAllowance.monthlyFen': 'policy.monthly',
  'livingAllowance.months': 'policy.livingMonths',
  ageLimit: 'policy.ageLimit',
  serviceCommitmentMonths: 'policy.commitment',
  publicNoticeWorkingDays: 'policy.noticeDays',
  'commonConditions.minSocialInsuranceMonths': 'policy.minMonths',
  'clawback.waivable': 'policy.waivable',
  title: 'policy.versionTitle',
  effectiveFrom: 'policy.effectiveFrom',
};

/** A changed value's path as the bureau reads it: "硕士研究生 · 安家补贴(元)"; unknown paths stay as they are. */
export function parameterLabel(path: string, t: TFunction, tKey: (key: string) => string): string {
  const tier = /^tiers\.(\w+)\.(.+)$/.exec(path);
  if (tier) {
    const key = fieldKeys[tier[2] ?? ''];
    return `${tKey(`tier.${tier[1]}`)} · ${key ? tKey(key) : tier[2]}`;
  }
  const key = fieldKeys[path];
  return key ? t(key as Parameters<TFunction>[0]) : path;
}

/** A value in the reader's terms: fen as yuan, null as "no limit", flags as yes/no. */
export function formatValue(path: string, value: Value, t: TFunction, locale: Locale): string {
  if (value === undefined) return '—';
  if (value === null) return t('policy.noLimit');
  if (typeof value === 'boolean') return t(value ? 'policy.yes' : 'policy.no');
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'number' && path.endsWith('Fen')) return formatFen(value, locale);
  return String(value);
}
