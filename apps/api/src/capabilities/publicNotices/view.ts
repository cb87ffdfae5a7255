import {
  type Actor,
  hasBureauRole,
  type NoticeState,
  noticePeriodOver,
  publicNoticeEndsOn,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { loadCalendar } from '../calendar/service.js';
import { loadPolicy } from '../policy/service.js';
import * as repo from './repository.js';

// How the bureau console sees a notice: its list row, and the page with its claimants, objections
// and the actions open to the reader today.

export type NoticeSummary = {
  id: string;
  number: string;
  title: string;
  state: NoticeState;
  publishedOn: string | null;
  endsOn: string | null;
  entries: number;
  awarded: number;
  openObjections: number;
  createdAt: string;
  version: number;
};

export function toSummary(row: repo.NoticeListItem): NoticeSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    state: row.state,
    publishedOn: row.published_on,
    endsOn: row.ends_on,
    entries: row.entries,
    awarded: row.awarded,
    openObjections: row.open_objections,
    createdAt: new Date(row.created_at as unknown as Date).toISOString(),
    version: row.version,
  };
}

export type NoticeEntry = {
  claimId: string;
  number: string;
  maskedName: string;
  maskedResidentId: string;
  tier: repo.EntryRow['tier'];
  countyCode: string;
  amountFen: number;
  claimState: string;
  awardState: string | null;
  outcome: 'awarded' | 'returned' | null;
  /** Open objections against this claimant: while any is open the award is held. */
  openObjections: number;
};

export type NoticeObjection = {
  id: string;
  claimId: string;
  claimNumber: string;
  source: repo.ObjectionRow['source'];
  summary: string;
  state: repo.ObjectionRow['state'];
  recordedBy: string;
  recordedAt: string;
  resolutionReason: string | null;
  resolvedAt: string | null;
  version: number;
};

export type NoticeAction = 'publish' | 'discard' | 'close' | 'record_objection' | 'resolve_objection';

export type NoticeDetail = Omit<NoticeSummary, 'entries'> & {
  /** NoticeSummary's count, here the list itself. */
  objectionContact: string;
  policyVersionId: string | null;
  /** A draft's last day were it published today: what the approver confirms before publishing. */
  endsOnIfPublishedToday: string | null;
  entries: NoticeEntry[];
  objections: NoticeObjection[];
  /** What the reader may do now: the buttons to show. */
  actions: NoticeAction[];
};

function actionsFor(
  actor: Actor,
  notice: repo.NoticeRow,
  counts: { openObjections: number; undecided: number },
  today: string,
): NoticeAction[] {
  const approver = hasBureauRole(actor, 'approver');
  const recorder = approver || hasBureauRole(actor, 'reviewer');
  const actions: NoticeAction[] = [];
  if (notice.state === 'draft' && approver) actions.push('publish', 'discard');
  if (notice.state === 'published') {
    const over = noticePeriodOver(notice.ends_on, today);
    if (over && approver) actions.push('close');
    // an objection concerns a claimant still undecided on this notice
    if (!over && recorder && counts.undecided > 0) actions.push('record_objection');
  }
  if (notice.state !== 'draft' && counts.openObjections > 0 && approver) actions.push('resolve_objection');
  return actions;
}

export async function noticeDetail(
  db: Db,
  actor: Actor,
  notice: repo.NoticeRow,
  today: string,
): Promise<NoticeDetail> {
  const [entries, objections] = await Promise.all([
    repo.entriesOf(db, notice.id),
    repo.objectionsOf(db, notice.id),
  ]);
  const open = objections.filter((o) => o.state === 'open').length;
  const endsOnIfPublishedToday =
    notice.state === 'draft'
      ? publicNoticeEndsOn(await loadCalendar(db), await loadPolicy(db, today), today)
      : null;
  return {
    ...toSummary({
      ...notice,
      entries: entries.length,
      awarded: entries.filter((e) => e.outcome === 'awarded').length,
      open_objections: open,
    }),
    objectionContact: notice.objection_contact,
    policyVersionId: notice.policy_version_id,
    endsOnIfPublishedToday,
    entries: entries.map((e) => ({
      claimId: e.claim_id,
      number: e.number,
      maskedName: e.masked_name,
      maskedResidentId: e.masked_resident_id,
      tier: e.tier,
      countyCode: e.county_code,
      amountFen: e.amount_fen,
      claimState: e.claim_state,
      awardState: e.award_state,
      outcome: e.outcome,
      openObjections: e.open_objections,
    })),
    objections: objections.map((o) => ({
      id: o.id,
      claimId: o.claim_id,
      claimNumber: o.claim_number,
      source: o.source,
      summary: o.summary,
      state: o.state,
      recordedBy: o.recorded_by_name,
      recordedAt: new Date(o.created_at as unknown as Date).toISOString(),
      resolutionReason: o.resolution_reason,
      resolvedAt: o.resolved_at ? new Date(o.resolved_at).toISOString() : null,
      version: o.version,
    })),
    actions: actionsFor(
      actor,
      notice,
      { openObjections: open, undecided: entries.filter((e) => e.outcome === null).length },
      today,
    ),
  };
}
