import {
  type Actor,
  addDays,
  addMonths,
  monthsOf,
  type ServiceLevelMonth,
  serviceLevelByMonth,
  type TrackMedian,
  todayInChina,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { fieldError, forbidden } from '../../platform/errors.js';
import { loadCalendar } from '../calendar/service.js';
import * as repo from './repository.js';

// 服务时限: the bureau shows it keeps its promise — green-channel cases within 1 working day,
// ordinary ones within 5 (policy.md "The talent service card").

type Pair = { green: number; ordinary: number };

export type ServiceLevel = {
  today: string;
  from: string;
  to: string;
  /** Awaiting a decision (submitted or under review) now. */
  open: Pair;
  dueToday: Pair;
  overdue: Pair;
  /** Decided within [from, to]: median working days from submission to decision. */
  median: { green: TrackMedian; ordinary: TrackMedian };
  byMonth: ServiceLevelMonth[];
};

/** The longest window the dashboard reads: two years of months in the chart. */
const MAX_SPAN_DAYS = 731;

export async function serviceLevel(
  db: Db,
  actor: Actor,
  query: { from?: string | undefined; to?: string | undefined },
  today = todayInChina(),
): Promise<ServiceLevel> {
  if (actor.kind !== 'bureau' || actor.roles.length === 0) throw forbidden();
  const to = query.to ?? today;
  // By default the last 12 months, the current one included.
  const from = query.from ?? `${addMonths(to, -11).slice(0, 7)}-01`;
  if (from > to) throw fieldError('from', 'validation.serviceLevel.range');
  if (addDays(from, MAX_SPAN_DAYS) < to) throw fieldError('from', 'validation.serviceLevel.span');
  const [counts, pairs, calendar] = await Promise.all([
    repo.openCounts(db, today),
    repo.decisionDays(db, from, to),
    loadCalendar(db),
  ]);
  const pick = (key: 'open' | 'due_today' | 'overdue'): Pair => ({
    green: counts.find((c) => c.green)?.[key] ?? 0,
    ordinary: counts.find((c) => !c.green)?.[key] ?? 0,
  });
  const figures = serviceLevelByMonth(calendar, pairs, monthsOf(from, to));
  return {
    today,
    from,
    to,
    open: pick('open'),
    dueToday: pick('due_today'),
    overdue: pick('overdue'),
    median: figures.overall,
    byMonth: figures.byMonth,
  };
}
