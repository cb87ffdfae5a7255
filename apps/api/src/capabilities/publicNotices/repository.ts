import type { NoticeObjectionTable, PublicNoticeEntryTable, PublicNoticeTable } from '@talent/db';
import type { NoticeState } from '@talent/domain';
import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import { type Db, dbNow } from '../../platform/db.js';

// Every SQL statement of the public notice (公示) capability.

export type NoticeRow = Selectable<PublicNoticeTable>;
export type EntryRow = Selectable<PublicNoticeEntryTable>;
export type ObjectionRow = Selectable<NoticeObjectionTable>;

export async function nextNoticeNumber(db: Db, year: string): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('public_notice_number_seq')::text as n`.execute(
    db,
  );
  return `QYGS-${year}-${String(rows[0]?.n ?? '0').padStart(4, '0')}`;
}

export function insertNotice(
  db: Db,
  values: { number: string; title: string; objectionContact: string; createdBy: string },
) {
  return db
    .insertInto('public_notice')
    .values({
      number: values.number,
      title: values.title,
      state: 'draft',
      objection_contact: values.objectionContact,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function findNotice(db: Db, id: string, options: { lock?: boolean } = {}) {
  let q = db.selectFrom('public_notice').selectAll().where('id', '=', id);
  if (options.lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function updateNotice(db: Db, id: string, values: Updateable<PublicNoticeTable>) {
  return db
    .updateTable('public_notice')
    .set({ ...values, version: (eb) => eb('version', '+', 1), updated_at: dbNow })
    .where('id', '=', id)
    .execute();
}

/** A draft was never public: discarding it removes it and frees its claims for another notice. */
export async function deleteDraft(db: Db, id: string): Promise<void> {
  await db.deleteFrom('public_notice_entry').where('notice_id', '=', id).execute();
  await db.deleteFrom('public_notice').where('id', '=', id).where('state', '=', 'draft').execute();
}

/** A count(*) subquery always has a row: its column is never null. */
type Counts<K extends string> = { [C in K]: number };

export type NoticeListItem = NoticeRow & Counts<'entries' | 'open_objections' | 'awarded'>;

/** A page of notices, newest first, with how many claimants each lists and how many objections are open. */
export async function listNotices(
  db: Db,
  filter: { state?: NoticeState | undefined; limit: number; offset: number },
) {
  let q = db.selectFrom('public_notice as n');
  if (filter.state) q = q.where('n.state', '=', filter.state);
  const [rows, total] = await Promise.all([
    q
      .selectAll('n')
      .select((eb) => [
        eb
          .selectFrom('public_notice_entry as e')
          .whereRef('e.notice_id', '=', 'n.id')
          .select(sql<number>`count(*)::int`.as('c'))
          .as('entries'),
        eb
          .selectFrom('public_notice_entry as e')
          .whereRef('e.notice_id', '=', 'n.id')
          .where('e.outcome', '=', 'awarded')
          .select(sql<number>`count(*)::int`.as('c'))
          .as('awarded'),
        eb
          .selectFrom('notice_objection as o')
          .whereRef('o.notice_id', '=', 'n.id')
          .where('o.state', '=', 'open')
          .select(sql<number>`count(*)::int`.as('c'))
          .as('open_objections'),
      ])
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .$narrowType<Counts<'entries' | 'open_objections' | 'awarded'>>()
      .execute(),
    q.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.total };
}

/**
 * Claims that passed 复审 and wait for a notice: approved, with a pending award, and on no undecided
 * notice entry. `claimIds` narrows to the approver's choice; `lock` takes the claims' rows.
 */
export function candidates(
  db: Db,
  options: { claimIds?: readonly string[] | undefined; limit: number; offset: number; lock?: boolean },
) {
  let q = db
    .selectFrom('subsidy_claim as c')
    .innerJoin('award as a', 'a.claim_id', 'c.id')
    .innerJoin('app_user as u', 'u.id', 'c.applicant_user_id')
    .select([
      'c.id as claim_id',
      'c.number',
      'c.applicant_user_id',
      'u.name as applicant_name',
      'u.resident_id_enc',
      'c.tier',
      'c.county_code',
      'a.total_fen',
      'c.approved_at',
    ])
    .where('c.state', '=', 'approved')
    .where('a.state', '=', 'pending')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('public_notice_entry as e')
            .select('e.id')
            .whereRef('e.claim_id', '=', 'c.id')
            .where('e.outcome', 'is', null),
        ),
      ),
    );
  if (options.claimIds) q = q.where('c.id', 'in', options.claimIds);
  q = q.orderBy('c.approved_at').orderBy('c.id').limit(options.limit).offset(options.offset);
  // the claims and their awards, not the people's accounts (which other writes reference)
  if (options.lock) q = q.forUpdate(['c', 'a']);
  return q.execute();
}

export type CandidateRow = Awaited<ReturnType<typeof candidates>>[number];

export async function countCandidates(db: Db): Promise<number> {
  const row = await db
    .selectFrom('subsidy_claim as c')
    .innerJoin('award as a', 'a.claim_id', 'c.id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('c.state', '=', 'approved')
    .where('a.state', '=', 'pending')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('public_notice_entry as e')
            .select('e.id')
            .whereRef('e.claim_id', '=', 'c.id')
            .where('e.outcome', 'is', null),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return row.n;
}

export function insertEntries(
  db: Db,
  rows: Omit<Insertable<PublicNoticeEntryTable>, 'id' | 'outcome' | 'decided_at'>[],
) {
  return db.insertInto('public_notice_entry').values(rows).execute();
}

/** A notice's claimants with their claim's and award's state, and the objections holding each. */
export function entriesOf(db: Db, noticeId: string) {
  return db
    .selectFrom('public_notice_entry as e')
    .innerJoin('subsidy_claim as c', 'c.id', 'e.claim_id')
    .leftJoin('award as a', 'a.claim_id', 'c.id')
    .selectAll('e')
    .select([
      'c.number',
      'c.applicant_user_id',
      'c.state as claim_state',
      'a.state as award_state',
      (eb) =>
        eb
          .selectFrom('notice_objection as o')
          .whereRef('o.notice_id', '=', 'e.notice_id')
          .whereRef('o.claim_id', '=', 'e.claim_id')
          .where('o.state', '=', 'open')
          .select(sql<number>`count(*)::int`.as('n'))
          .as('open_objections'),
    ])
    .where('e.notice_id', '=', noticeId)
    .orderBy('c.number')
    .$narrowType<Counts<'open_objections'>>()
    .execute();
}

export function findEntry(db: Db, noticeId: string, claimId: string) {
  return db
    .selectFrom('public_notice_entry')
    .selectAll()
    .where('notice_id', '=', noticeId)
    .where('claim_id', '=', claimId)
    .executeTakeFirst();
}

export function setEntryOutcome(db: Db, entryId: string, outcome: 'awarded' | 'returned') {
  return db
    .updateTable('public_notice_entry')
    .set({ outcome, decided_at: dbNow })
    .where('id', '=', entryId)
    .where('outcome', 'is', null)
    .executeTakeFirst();
}

export function objectionsOf(db: Db, noticeId: string) {
  return db
    .selectFrom('notice_objection as o')
    .innerJoin('subsidy_claim as c', 'c.id', 'o.claim_id')
    .innerJoin('app_user as u', 'u.id', 'o.recorded_by')
    .selectAll('o')
    .select(['c.number as claim_number', 'u.name as recorded_by_name'])
    .where('o.notice_id', '=', noticeId)
    .orderBy('o.created_at')
    .orderBy('o.id')
    .execute();
}

export function findObjection(db: Db, id: string, options: { lock?: boolean } = {}) {
  let q = db.selectFrom('notice_objection').selectAll().where('id', '=', id);
  if (options.lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function insertObjection(
  db: Db,
  values: Pick<ObjectionRow, 'notice_id' | 'claim_id' | 'source' | 'summary' | 'recorded_by'>,
) {
  return db
    .insertInto('notice_objection')
    .values({ ...values, state: 'open' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function resolveObjection(
  db: Db,
  id: string,
  values: { state: 'dismissed' | 'upheld'; reason: string; resolvedBy: string },
) {
  return db
    .updateTable('notice_objection')
    .set({
      state: values.state,
      resolution_reason: values.reason,
      resolved_by: values.resolvedBy,
      resolved_at: dbNow,
      version: (eb) => eb('version', '+', 1),
    })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .executeTakeFirst();
}

/** Open objections against one claimant of one notice, locked: they decide whether the award is held. */
export function openObjections(db: Db, noticeId: string, claimId: string) {
  return db
    .selectFrom('notice_objection')
    .selectAll()
    .where('notice_id', '=', noticeId)
    .where('claim_id', '=', claimId)
    .where('state', '=', 'open')
    .orderBy('created_at')
    .forUpdate()
    .execute();
}

// --- the claim and its award

export function claimForUpdate(db: Db, claimId: string) {
  return db.selectFrom('subsidy_claim').selectAll().where('id', '=', claimId).forUpdate().executeTakeFirst();
}

export function awardForUpdate(db: Db, claimId: string) {
  return db.selectFrom('award').selectAll().where('claim_id', '=', claimId).forUpdate().executeTakeFirst();
}

export function setClaimState(
  db: Db,
  claimId: string,
  state: 'in_public_notice' | 'awarded' | 'under_review',
) {
  return db
    .updateTable('subsidy_claim')
    .set({ state, version: (eb) => eb('version', '+', 1), updated_at: dbNow })
    .where('id', '=', claimId)
    .execute();
}

export function updateAward(
  db: Db,
  awardId: string,
  values: {
    state: 'active' | 'cancelled';
    start_date?: string;
    service_ends_on?: string;
    calculation?: string;
  },
) {
  return db
    .updateTable('award')
    .set({ ...values, version: (eb) => eb('version', '+', 1), updated_at: dbNow })
    .where('id', '=', awardId)
    .execute();
}

export type NewLine = {
  award_id: string;
  applicant_user_id: string;
  line_key: string;
  kind: 'settling_in' | 'living_allowance';
  sequence: number;
  of_count: number;
  amount_fen: number;
  due_date: string;
};

/** Schedules an award's instalments; a line already there (same award, same key) is left alone. */
export async function scheduleLines(db: Db, lines: readonly NewLine[]): Promise<number> {
  if (lines.length === 0) return 0;
  const result = await db
    .insertInto('payment_line')
    .values(lines.map((l) => ({ ...l, state: 'scheduled' as const })))
    .onConflict((oc) => oc.columns(['award_id', 'line_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

// --- the scheduler and the public

/** Published notices whose period ended before `today`, oldest first; one is taken per transaction. */
export function takeDueNotice(db: Db, today: string) {
  return db
    .selectFrom('public_notice')
    .selectAll()
    .where('state', '=', 'published')
    .where('ends_on', '<', today)
    .orderBy('ends_on')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/** What the public sees: notices in their period, and those closed whose period ended on or after `since`. */
export function publicNotices(db: Db, since: string) {
  return (
    db
      .selectFrom('public_notice as n')
      .select([
        'n.id',
        'n.number',
        'n.title',
        'n.state',
        'n.published_on',
        'n.ends_on',
        'n.objection_contact',
        (eb) =>
          eb
            .selectFrom('public_notice_entry as e')
            .whereRef('e.notice_id', '=', 'n.id')
            .select(sql<number>`count(*)::int`.as('c'))
            .as('entries'),
      ])
      .where((eb) =>
        eb.or([
          eb('n.state', '=', 'published'),
          eb.and([eb('n.state', '=', 'closed'), eb('n.ends_on', '>=', since)]),
        ]),
      )
      .orderBy('n.published_on', 'desc')
      .orderBy('n.number', 'desc')
      // the filter above keeps published and closed notices, which have their period (public_notice's checks)
      .$narrowType<
        { state: 'published' | 'closed'; published_on: string; ends_on: string } & Counts<'entries'>
      >()
      .execute()
  );
}

/** A published notice's list exactly as frozen: masked columns only, never the claim or the person. */
export function publicEntries(db: Db, noticeId: string) {
  return db
    .selectFrom('public_notice_entry')
    .select(['id', 'masked_name', 'masked_resident_id', 'tier', 'county_code', 'amount_fen'])
    .where('notice_id', '=', noticeId)
    .orderBy('county_code')
    .orderBy('tier')
    .orderBy('id')
    .execute();
}
