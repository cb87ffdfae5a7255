import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import { Badge } from '../shell/Notice';
import './timeline.css';

export type TimelineHistoryEntry = {
  at: string;
  event: string;
  from: string | null;
  to: string | null;
  reason: string | null;
  actorKind: string | null;
  actorName: string | null;
};

/** The settlement machine's main path; returned, rejected, withdrawn and a missed window branch off it. */
export const settlementTimelineSteps = [
  'draft',
  'submitted',
  'under_review',
  'approved',
  'registered',
  'employment_reported',
  'employment_confirmed',
] as const;

/** The subsidy claim's main path (二(四)5): 初审, 复审, the public notice, then the award pays out. */
export const subsidyClaimTimelineSteps = [
  'submitted',
  'under_review',
  'recommended',
  'approved',
  'in_public_notice',
  'awarded',
] as const;

export type StatusTimelineProps = {
  /** The states of the machine's main path, in order. */
  steps: readonly string[];
  state: string;
  /** Who holds the case now (the machine's `holders`), or null once nobody has to act. */
  holder: string | null;
  dueOn?: string | null;
  overdueWorkingDays?: number;
  history: readonly TimelineHistoryEntry[];
  testId?: string;
};

type Step = { state: string; status: 'done' | 'current' | 'todo'; branch: boolean };

/**
 * Places the current state on the main path. A state off the path (returned, rejected…) is shown
 * where the case left the path, taken from the history; after a final one nothing else follows.
 */
export function timelineSteps(
  steps: readonly string[],
  state: string,
  holder: string | null,
  history: readonly TimelineHistoryEntry[],
): Step[] {
  const at = steps.indexOf(state);
  if (at >= 0) {
    return steps.map((s, i) => ({
      state: s,
      status: i < at ? 'done' : i === at ? 'current' : 'todo',
      branch: false,
    }));
  }
  const left = [...history]
    .reverse()
    .find((h) => h.to === state && h.from !== null && steps.includes(h.from));
  const anchor = left?.from ? steps.indexOf(left.from) : 0;
  const before: Step[] = steps.slice(0, anchor + 1).map((s) => ({ state: s, status: 'done', branch: false }));
  const after: Step[] =
    holder === null ? [] : steps.slice(anchor + 1).map((s) => ({ state: s, status: 'todo', branch: false }));
  return [...before, { state, status: 'current', branch: true }, ...after];
}

/** Where a case is, who holds it, by when it will be decided, and everything that happened to it. */
export function StatusTimeline({
  steps,
  state,
  holder,
  dueOn,
  overdueWorkingDays = 0,
  history,
  testId = 'status-timeline',
}: StatusTimelineProps) {
  const { t, tKey, locale } = useI18n();
  return (
    <div className="timeline" data-testid={testId}>
      <dl className="timeline-summary">
        <div>
          <dt>{t('timeline.state')}</dt>
          <dd data-testid={`${testId}-state`}>{tKey(`state.${state}`)}</dd>
        </div>
        <div>
          <dt>{t('timeline.holder')}</dt>
          <dd data-testid={`${testId}-holder`}>{holder ? tKey(`holder.${holder}`) : t('timeline.nobody')}</dd>
        </div>
        {dueOn && (
          <div>
            <dt>{t('timeline.dueOn')}</dt>
            <dd data-testid={`${testId}-due`}>
              {dueOn}{' '}
              {overdueWorkingDays > 0 && (
                <Badge tone="error" testId={`${testId}-overdue`}>
                  {t('timeline.overdue', { days: overdueWorkingDays })}
                </Badge>
              )}
            </dd>
          </div>
        )}
      </dl>
      <ol className="timeline-steps" aria-label={t('timeline.progress')}>
        {timelineSteps(steps, state, holder, history).map((step) => (
          <li
            key={step.state}
            className={`timeline-step timeline-${step.status}${step.branch ? ' timeline-branch' : ''}`}
            aria-current={step.status === 'current' ? 'step' : undefined}
            data-testid={`${testId}-step-${step.state}`}
            data-status={step.status}
          >
            <span className="timeline-dot" aria-hidden="true" />
            <span className="timeline-label">{tKey(`state.${step.state}`)}</span>
          </li>
        ))}
      </ol>
      <h3 className="timeline-history-title">{t('timeline.history')}</h3>
      {history.length === 0 ? (
        <p className="muted">{t('timeline.noHistory')}</p>
      ) : (
        <ol className="timeline-history" data-testid={`${testId}-history`}>
          {[...history].reverse().map((entry, i) => (
            <li key={`${entry.at}-${i}`} className="timeline-entry">
              <time dateTime={entry.at} className="timeline-time">
                {formatDateTime(entry.at, locale)}
              </time>
              <span className="timeline-event">{tKey(`action.${entry.event}`)}</span>
              {entry.actorKind && (
                <span className="timeline-actor">
                  {entry.actorName ?? tKey(`actorKind.${entry.actorKind}`)}
                </span>
              )}
              {entry.reason && (
                <p className="timeline-reason">
                  {t('timeline.reason')}: {entry.reason}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
