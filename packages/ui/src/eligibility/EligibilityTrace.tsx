import type { CriterionValue, LocalizedText } from '@talent/domain';
import { useI18n } from '../i18n/I18nProvider';
import { Badge, type Tone } from '../shell/Notice';
import './eligibility.css';

export type TraceCriterion = {
  id: string;
  status: 'pass' | 'fail' | 'needs_evidence';
  measured: CriterionValue;
  required: CriterionValue;
  clause: string;
  basis: 'data' | 'document';
  member?: number;
  sentence: LocalizedText;
};

export type TraceEvaluation = {
  outcome: 'eligible' | 'ineligible' | 'needs_evidence';
  criteria: readonly TraceCriterion[];
};

const statusTone: Record<TraceCriterion['status'], Tone> = {
  pass: 'success',
  fail: 'error',
  needs_evidence: 'warning',
};
const outcomeTone: Record<TraceEvaluation['outcome'], Tone> = {
  eligible: 'success',
  ineligible: 'error',
  needs_evidence: 'warning',
};

/** Which vocabulary a criterion's values come from, so they read as words, not codes. */
function vocabularyOf(id: string): string | null {
  if (id === 'settlement.place') return 'place.';
  if (id.startsWith('document.')) return 'evidence.';
  if (id === 'relation') return 'relation.';
  return null;
}

/**
 * An eligibility decision criterion by criterion, in plain language: each with its status, what was
 * measured against what the rule requires, and the clause of policy behind it. The same trace the
 * applicant sees as a live pre-check is what the bureau reads on the case.
 */
export function EligibilityTrace({
  evaluation,
  memberNames = [],
  testId = 'eligibility-trace',
}: {
  evaluation: TraceEvaluation;
  /** Names of the family members, for criteria about one of them. */
  memberNames?: readonly string[];
  testId?: string;
}) {
  const { t, tKey, locale } = useI18n();
  const format = (id: string, value: CriterionValue): string => {
    if (value === null) return '—';
    if (typeof value === 'boolean') return value ? t('eligibility.yes') : t('eligibility.no');
    const prefix = vocabularyOf(id);
    const word = (v: string | number) =>
      prefix && typeof v === 'string' ? tKey(`${prefix}${v}`) : String(v);
    if (Array.isArray(value)) return value.map(word).join(t('list.separator'));
    if (id === 'graduate.fresh' && typeof value === 'number') return t('eligibility.months', { n: value });
    return word(value as string | number);
  };
  return (
    <div className="trace" data-testid={testId}>
      <p className="trace-outcome">
        <Badge tone={outcomeTone[evaluation.outcome]} testId={`${testId}-outcome`}>
          {tKey(`eligibility.outcome.${evaluation.outcome}`)}
        </Badge>
      </p>
      <ul className="trace-list">
        {evaluation.criteria.map((c, i) => (
          <li
            key={`${c.id}-${c.member ?? ''}-${i}`}
            className={`trace-item trace-${c.status}`}
            data-testid={`${testId}-${c.id}${c.member === undefined ? '' : `-${c.member}`}`}
            data-status={c.status}
          >
            <div className="trace-head">
              <Badge tone={statusTone[c.status]}>{tKey(`eligibility.status.${c.status}`)}</Badge>
              <span className="trace-sentence">
                {c.member !== undefined && (
                  <span className="trace-member">
                    {memberNames[c.member] ?? t('eligibility.member', { n: c.member + 1 })}:{' '}
                  </span>
                )}
                {c.sentence[locale]}
              </span>
            </div>
            <dl className="trace-facts">
              <div>
                <dt>{t('eligibility.measured')}</dt>
                <dd>{format(c.id, c.measured)}</dd>
              </div>
              <div>
                <dt>{t('eligibility.required')}</dt>
                <dd>{format(c.id, c.required)}</dd>
              </div>
              <div>
                <dt>{t('eligibility.clause')}</dt>
                <dd>{c.clause}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
