import type { SettlementApplicationTable, SettlementMemberTable } from '@talent/db';
import { type Actor, caseNumber } from '@talent/domain';
import { type Insertable, sql, type Updateable } from 'kysely';
import { type Db, dbNow } from '../../platform/db.js';

// Every SQL statement of the settlement capability.

const applicationColumns = [
  'a.id',
  'a.number',
  'a.applicant_user_id',
  'a.route',
  'a.state',
  'a.settle_at',
  'a.county_code',
  'a.address',
  'a.employer_id',
  'a.police_station_id',
  'a.relative',
  'a.education',
  'a.tier',
  'a.green_channel',
  'a.eligibility',
  'a.collective_status',
  'a.collective_reason',
  'a.submitted_at',
  'a.due_on',
  'a.decided_at',
  'a.decided_by',
  'a.decision_reason',
  'a.registered_at',
  'a.registration_date',
  'a.household_number',
  'a.employment_report_closes_on',
  'a.electronic_transfer',
  'a.talent_card_number',
  'a.instant_approved_at',
  'a.version',
  'a.created_at',
  'a.updated_at',
] as const;

/** An application as the capability reads it: the columns above, typed by db/src/schema.ts. */
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findForUpdate>>>;

/**
 * The application if the actor may see it: the applicant their own, employer staff those naming
 * their organisation (collective household or a reported job), every bureau role all of them.
 * Anything else is indistinguishable from a missing record. `lock` takes the row FOR UPDATE.
 */
export function findVisible(db: Db, actor: Actor, id: string, options: { lock?: boolean } = {}) {
  let q = db.selectFrom('settlement_application as a').select(applicationColumns).where('a.id', '=', id);
  if (actor.kind === 'applicant') q = q.where('a.applicant_user_id', '=', actor.userId);
  else if (actor.kind === 'employer') {
    const employerId = actor.employerId ?? '00000000-0000-0000-0000-000000000000';
    q = q.where((eb) =>
      eb.or([
        eb('a.employer_id', '=', employerId),
        eb.exists(
          eb
            .selectFrom('employment_report as r')
            .select('r.id')
            .whereRef('r.application_id', '=', 'a.id')
            .where('r.employer_id', '=', employerId),
        ),
      ]),
    );
  } else if (actor.kind !== 'bureau') return Promise.resolve(undefined);
  if (options.lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** For scheduled work acting as the system: no visibility filter. */
export function findForUpdate(db: Db, id: string) {
  return db
    .selectFrom('settlement_application as a')
    .select(applicationColumns)
    .where('a.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findByIdempotencyKey(db: Db, userId: string, key: string) {
  return db
    .selectFrom('settlement_application')
    .select('id')
    .where('applicant_user_id', '=', userId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export function listOwn(db: Db, userId: string) {
  return db
    .selectFrom('settlement_application as a')
    .select(applicationColumns)
    .where('a.applicant_user_id', '=', userId)
    .orderBy('a.created_at', 'desc')
    .execute();
}

export async function nextApplicationNumber(db: Db, year: string): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('settlement_number_seq')::text as n`.execute(db);
  return caseNumber('QYLH', year, rows[0]?.n ?? '');
}

export async function nextPermitNumber(db: Db, year: string): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('move_in_permit_number_seq')::text as n`.execute(
    db,
  );
  return caseNumber('QYZR', year, rows[0]?.n ?? '');
}

/** What a save of the draft writes. */
export type ApplicationValues = Pick<
  Insertable<SettlementApplicationTable>,
  | 'settle_at'
  | 'county_code'
  | 'address'
  | 'employer_id'
  | 'police_station_id'
  | 'relative'
  | 'collective_status'
  | 'collective_reason'
  | 'electronic_transfer'
  | 'talent_card_number'
>;

export function insertApplication(
  db: Db,
  values: ApplicationValues &
    Pick<
      Insertable<SettlementApplicationTable>,
      'number' | 'applicant_user_id' | 'resident_id_hmac' | 'route' | 'idempotency_key' | 'education' | 'tier'
    >,
) {
  return db
    .insertInto('settlement_application')
    .values({ ...values, state: 'draft' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Every change bumps the version the next writer must name (optimistic concurrency). */
export type ApplicationUpdate = Updateable<SettlementApplicationTable>;

export async function updateApplication(db: Db, id: string, values: ApplicationUpdate): Promise<void> {
  await db
    .updateTable('settlement_application')
    .set({ ...values, version: (eb) => eb('version', '+', 1), updated_at: dbNow })
    .where('id', '=', id)
    .execute();
}

export type MemberValues = Pick<
  Insertable<SettlementMemberTable>,
  'name' | 'relation' | 'resident_id_enc' | 'resident_id_hmac' | 'document_id'
>;

/** Members and documents are replaced as a whole on every save of the draft. */
export async function replaceMembers(db: Db, applicationId: string, members: MemberValues[]): Promise<void> {
  await db.deleteFrom('settlement_member').where('application_id', '=', applicationId).execute();
  if (members.length === 0) return;
  await db
    .insertInto('settlement_member')
    .values(members.map((m, position) => ({ ...m, application_id: applicationId, position })))
    .execute();
}

export async function replaceDocuments(
  db: Db,
  applicationId: string,
  documents: { kind: string; document_id: string }[],
): Promise<void> {
  await db.deleteFrom('settlement_document').where('application_id', '=', applicationId).execute();
  if (documents.length === 0) return;
  await db
    .insertInto('settlement_document')
    .values(documents.map((d) => ({ ...d, application_id: applicationId })))
    .execute();
}

export function listMembers(db: Db, applicationId: string) {
  return db
    .selectFrom('settlement_member')
    .select(['id', 'name', 'relation', 'resident_id_enc', 'document_id'])
    .where('application_id', '=', applicationId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** The application's documents by kind, the family members' relationship proofs among them. */
export function listDocuments(db: Db, applicationId: string) {
  const columns = ['d.id', 'd.mime', 'd.size_bytes', 'd.original_name', 'd.created_at'] as const;
  return db
    .selectFrom('settlement_document as sd')
    .innerJoin('document as d', 'd.id', 'sd.document_id')
    .select(['sd.kind', ...columns])
    .where('sd.application_id', '=', applicationId)
    .unionAll(
      db
        .selectFrom('settlement_member as m')
        .innerJoin('document as d', 'd.id', 'm.document_id')
        .select([sql<string>`'relationship_proof'`.as('kind'), ...columns])
        .where('m.application_id', '=', applicationId),
    )
    .orderBy('kind')
    .execute();
}

/** The ids among `ids` that `userId` uploaded. */
export async function ownedDocumentIds(db: Db, userId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('document')
    .select('id')
    .where('owner_user_id', '=', userId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export function findApplicant(db: Db, userId: string) {
  return db
    .selectFrom('app_user as u')
    .leftJoin('applicant_profile as p', 'p.user_id', 'u.id')
    .select([
      'u.id',
      'u.name',
      'u.login',
      'u.resident_id_enc',
      'u.resident_id_hmac',
      'u.identity_verified_at',
      'u.identity_verification_method',
      'p.registered_place',
      'p.school',
      'p.tier',
      'p.major',
      'p.graduation_date',
      'p.certificate_no',
    ])
    .where('u.id', '=', userId)
    .where('u.kind', '=', 'applicant')
    .executeTakeFirst();
}

export function findEmployer(db: Db, id: string) {
  return db
    .selectFrom('employer')
    .select(['id', 'name', 'status', 'county_code', 'keeps_collective_household', 'collective_capacity'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Places taken in an employer's collective household: accepted or awaiting its answer, in open cases. */
export async function collectivePlacesTaken(db: Db, employerId: string, exceptApplicationId?: string) {
  let q = db
    .selectFrom('settlement_application')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('employer_id', '=', employerId)
    .where('settle_at', '=', 'employer_collective')
    .where('collective_status', 'in', ['pending', 'accepted'])
    .where('state', 'not in', ['rejected', 'withdrawn']);
  if (exceptApplicationId) q = q.where('id', '<>', exceptApplicationId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findPoliceStation(db: Db, id: string) {
  return db
    .selectFrom('police_station')
    .select(['id', 'name', 'county_code'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function latestEmploymentReport(db: Db, applicationId: string) {
  return db
    .selectFrom('employment_report as r')
    .innerJoin('employer as e', 'e.id', 'r.employer_id')
    .select([
      'r.id',
      'r.employer_id',
      'e.name as employer_name',
      'r.contract_start',
      'r.contract_months',
      'r.position',
      'r.status',
      'r.decision_reason',
      'r.decided_at',
      'r.created_at',
    ])
    .where('r.application_id', '=', applicationId)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .executeTakeFirst();
}

export function insertEmploymentReport(
  db: Db,
  values: {
    application_id: string;
    applicant_user_id: string;
    employer_id: string;
    contract_start: string;
    contract_months: number;
    position: string;
  },
) {
  return db
    .insertInto('employment_report')
    .values({ ...values, status: 'reported' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function decideEmploymentReport(
  db: Db,
  id: string,
  values: { status: 'confirmed' | 'declined'; decided_by: string; decision_reason: string | null },
): Promise<void> {
  await db
    .updateTable('employment_report')
    .set({ ...values, decided_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function findPermit(db: Db, applicationId: string) {
  return db
    .selectFrom('move_in_permit')
    .select(['number', 'verification_code', 'masked_name', 'issued_at'])
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
}

export async function insertPermit(
  db: Db,
  values: { application_id: string; number: string; verification_code: string; masked_name: string },
): Promise<void> {
  await db.insertInto('move_in_permit').values(values).execute();
}

export async function insertReminders(
  db: Db,
  applicationId: string,
  reminders: { kind: string; due_on: string }[],
): Promise<void> {
  if (reminders.length === 0) return;
  await db
    .insertInto('reminder')
    .values(reminders.map((r) => ({ ...r, application_id: applicationId })))
    .onConflict((oc) => oc.columns(['application_id', 'kind']).doNothing())
    .execute();
}

/** Whether a reviewer ever returned the application for more information. */
export async function wasReturned(db: Db, applicationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('audit_log')
    .select('id')
    .where('entity', '=', 'settlement_application')
    .where('entity_id', '=', applicationId)
    .where('action', '=', 'settlement.return')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The application's history: its own audit rows (not reveals), oldest first, with the actor's name. */
export function history(db: Db, applicationId: string) {
  return db
    .selectFrom('audit_log as l')
    .leftJoin('app_user as u', 'u.id', 'l.actor_id')
    .select([
      'l.id',
      'l.at',
      'l.action',
      'l.actor_kind',
      'l.details',
      'u.name as actor_name',
      'u.roles as actor_roles',
    ])
    .where('l.entity', '=', 'settlement_application')
    .where('l.entity_id', '=', applicationId)
    .where('l.action', 'like', 'settlement.%')
    .orderBy('l.id')
    .execute();
}

const talentCardColumns = [
  'id',
  'card_number',
  'holder_name',
  'holder_resident_id_hmac',
  'status',
  'issue_date',
  'expiry_date',
] as const;

/** A card of the registry by the number printed on it. */
export function findTalentCardByNumber(db: Db, cardNumber: string) {
  return db
    .selectFrom('talent_card')
    .select(talentCardColumns)
    .where('card_number', '=', cardNumber)
    .executeTakeFirst();
}

/** The holder's card by the resident ID's blind index: a valid one before a revoked one, the latest expiry first. */
export function findTalentCardOfHolder(db: Db, residentIdHmac: string) {
  return db
    .selectFrom('talent_card')
    .select(talentCardColumns)
    .where('holder_resident_id_hmac', '=', residentIdHmac)
    .orderBy(sql`status = 'valid'`, 'desc')
    .orderBy('expiry_date', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** One green case past its deadline, undecided and not yet alerted, locked for this run only. */
export function takeOverdueGreenCase(db: Db, today: string) {
  return db
    .selectFrom('settlement_application')
    .select(['id', 'number', 'due_on'])
    .where('state', 'in', ['submitted', 'under_review'])
    .where('green_channel', '=', true)
    .where('due_on', '<', today)
    .where('overdue_alerted_at', 'is', null)
    .orderBy('due_on')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .$narrowType<{ due_on: string }>() // due_on < today: only cases with a deadline
    .executeTakeFirst();
}

export async function markOverdueAlerted(db: Db, id: string): Promise<void> {
  await db
    .updateTable('settlement_application')
    .set({ overdue_alerted_at: dbNow })
    .where('id', '=', id)
    .execute();
}

/** The bureau's reviewers who can still sign in. */
export async function activeReviewerIds(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('app_user')
    .select('id')
    .where('kind', '=', 'bureau')
    .where('disabled_at', 'is', null)
    .where(sql<boolean>`'reviewer' = any(roles)`)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
