import type { AppUserTable, EmployerTable } from '@talent/db';
import type { EmployerStaffRole, EmployerStatus, OrganisationProfile } from '@talent/domain';
import { type InferResult, type Selectable, sql } from 'kysely';
import { type Db, dbNow } from '../../platform/db.js';
import { escapeLike } from '../staff/repository.js';

// Every SQL statement of the employers capability: organisations, their staff, the bureau's queue.

const employerColumns = [
  'id',
  'uscc',
  'name',
  'status',
  'uscc_warnings',
  'contact_name',
  'contact_mobile',
  'decided_at',
  'decision_reason',
  'org_type',
  'county_code',
  'address',
  'licence_document_id',
  'keeps_collective_household',
  'collective_capacity',
  'created_at',
] as const;

export type EmployerRow = Pick<Selectable<EmployerTable>, (typeof employerColumns)[number]>;

export function findEmployer(db: Db, id: string) {
  return db.selectFrom('employer').select(employerColumns).where('id', '=', id).executeTakeFirst();
}

/**
 * Locks the organisation for the rest of the transaction: a profile edit, a bureau decision and the
 * acceptances that count its collective-household places apply one after the other.
 */
export function findEmployerForUpdate(db: Db, id: string) {
  return db
    .selectFrom('employer')
    .select(employerColumns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateProfile(
  db: Db,
  id: string,
  profile: OrganisationProfile,
  resubmit: boolean,
): Promise<void> {
  await db
    .updateTable('employer')
    .set({
      name: profile.name,
      org_type: profile.orgType,
      county_code: profile.countyCode,
      address: profile.address,
      licence_document_id: profile.licenceDocumentId,
      keeps_collective_household: profile.keepsCollectiveHousehold,
      collective_capacity: profile.collectiveCapacity,
      ...(resubmit ? { status: 'pending', decided_at: null, decided_by: null, decision_reason: null } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function decide(
  db: Db,
  id: string,
  values: { status: EmployerStatus; decidedBy: string; reason: string | null },
): Promise<void> {
  await db
    .updateTable('employer')
    .set({
      status: values.status,
      decided_at: dbNow,
      decided_by: values.decidedBy,
      decision_reason: values.reason,
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Graduates the organisation's collective household holds: accepted, on an application that is still
 * open or went through (a rejected or withdrawn one frees its place).
 */
export async function collectiveMembers(db: Db, employerId: string): Promise<number> {
  const row = await db
    .selectFrom('settlement_application')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('employer_id', '=', employerId)
    .where('collective_status', '=', 'accepted')
    .where('state', 'not in', ['rejected', 'withdrawn'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findLicence(db: Db, documentId: string) {
  return db
    .selectFrom('document')
    .select(['id', 'mime', 'size_bytes', 'original_name'])
    .where('id', '=', documentId)
    .executeTakeFirst();
}

/** The licence must be a file one of the organisation's own staff uploaded. */
export async function documentOwnedByEmployer(db: Db, documentId: string, employerId: string) {
  const row = await db
    .selectFrom('document as d')
    .innerJoin('app_user as u', 'u.id', 'd.owner_user_id')
    .select('d.id')
    .where('d.id', '=', documentId)
    .where('u.employer_id', '=', employerId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Staff of one organisation who receive its notices: its admins. */
export async function adminIds(db: Db, employerId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('app_user')
    .select('id')
    .where('employer_id', '=', employerId)
    .where('employer_role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

const queueSortColumns = { createdAt: 'created_at', name: 'name', uscc: 'uscc', status: 'status' } as const;
export type QueueSort = keyof typeof queueSortColumns;

export async function listEmployers(
  db: Db,
  options: {
    status: EmployerStatus | undefined;
    q: string | undefined;
    sort: QueueSort;
    order: 'asc' | 'desc';
    limit: number;
    offset: number;
  },
): Promise<{ rows: EmployerRow[]; total: number }> {
  let base = db.selectFrom('employer');
  if (options.status) base = base.where('status', '=', options.status);
  if (options.q) {
    const pattern = `%${escapeLike(options.q)}%`;
    base = base.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('uscc', 'ilike', pattern)]));
  }
  const rows = await base
    .select(employerColumns)
    .orderBy(queueSortColumns[options.sort], options.order)
    .orderBy('id', 'asc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

// --- staff of an organisation

const staffColumns = ['id', 'name', 'login', 'employer_role', 'disabled_at', 'created_at'] as const;

/** Employer staff always have a role (app_user's check: employer kind ⇔ employer_id and employer_role). */
export type StaffRow = Omit<
  Pick<Selectable<AppUserTable>, (typeof staffColumns)[number]>,
  'employer_role'
> & {
  employer_role: EmployerStaffRole;
};

const staffSortColumns = { name: 'name', role: 'employer_role', createdAt: 'created_at' } as const;
export type StaffSort = keyof typeof staffSortColumns;

export async function listStaff(
  db: Db,
  employerId: string,
  options: { sort: StaffSort; order: 'asc' | 'desc'; limit: number; offset: number },
): Promise<{ rows: StaffRow[]; total: number }> {
  const base = db.selectFrom('app_user').where('kind', '=', 'employer').where('employer_id', '=', employerId);
  const rows = await base
    .select(staffColumns)
    .orderBy(staffSortColumns[options.sort], options.order)
    .orderBy('id', 'asc')
    .limit(options.limit)
    .offset(options.offset)
    .$narrowType<{ employer_role: EmployerStaffRole }>()
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export function findStaff(db: Db, id: string) {
  return db
    .selectFrom('app_user')
    .select(staffColumns)
    .where('id', '=', id)
    .$narrowType<{ employer_role: EmployerStaffRole }>()
    .executeTakeFirstOrThrow();
}

// --- the organisation's talent: collective-household members and confirmed employees

function talentOf(db: Db, employerId: string) {
  return db
    .selectFrom('settlement_application as a')
    .innerJoin('app_user as u', 'u.id', 'a.applicant_user_id')
    .leftJoin('employment_report as r', (join) =>
      join
        .onRef('r.application_id', '=', 'a.id')
        .on('r.employer_id', '=', employerId)
        .on('r.status', '=', 'confirmed'),
    )
    .select([
      'a.id as application_id',
      'a.number',
      'u.name as applicant_name',
      'a.tier',
      'a.state',
      sql<Date | null>`case when a.employer_id = ${employerId} and a.collective_status = 'accepted'
        and a.state not in ('rejected', 'withdrawn') then a.collective_decided_at end`.as('collective_since'),
      sql<string | null>`r.contract_start::text`.as('employed_since'),
      'r.position',
    ])
    .where((eb) =>
      eb.or([
        eb.and([
          eb('a.employer_id', '=', employerId),
          eb('a.collective_status', '=', 'accepted'),
          eb('a.state', 'not in', ['rejected', 'withdrawn']),
        ]),
        eb('r.id', 'is not', null),
      ]),
    );
}

export type TalentRow = InferResult<ReturnType<typeof talentOf>>[number];

const talentSortColumns = { number: 'number', since: 'since', state: 'state' } as const;
export type TalentSort = keyof typeof talentSortColumns;

/**
 * One row per application: accepted into the collective household (on a case that is not rejected or
 * withdrawn), or with employment here confirmed, or both.
 */
export async function listTalent(
  db: Db,
  employerId: string,
  options: {
    relation: 'collective' | 'employee' | undefined;
    sort: TalentSort;
    order: 'asc' | 'desc';
    limit: number;
    offset: number;
  },
): Promise<{ rows: TalentRow[]; total: number }> {
  const talent = talentOf(db, employerId);
  let base = db.selectFrom(talent.as('t')).selectAll('t');
  if (options.relation === 'collective') base = base.where('t.collective_since', 'is not', null);
  if (options.relation === 'employee') base = base.where('t.employed_since', 'is not', null);
  const since = sql`least(t.collective_since::date, t.employed_since::date)`;
  const rows = await base
    .orderBy(
      options.sort === 'since' ? since : sql.ref(`t.${talentSortColumns[options.sort]}`),
      options.order,
    )
    .orderBy('t.application_id', 'asc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const count = await db
    .selectFrom(base.as('c'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}
