import type { AwardState, IsoDate } from '@talent/domain';
import { sql } from 'kysely';
import type { Db } from '../../platform/db.js';

// Every SQL statement of the contributions capability (social_insurance_contribution, contribution_import).

/** 'YYYY-MM' ↔ the first day of the month, as the month column stores it. */
export const monthDate = (month: string) => `${month}-01`;

const awardStates = ['active', 'stopped', 'clawback_due', 'closed', 'completed'] as const;

/** The organisation's talent with an award past its notice, newest first, with what it confirmed. */
export async function listEmployerAwards(
  db: Db,
  employerId: string,
  options: { state: AwardState | undefined; limit: number; offset: number },
) {
  let base = db
    .selectFrom('award as a')
    .innerJoin('app_user as u', 'u.id', 'a.applicant_user_id')
    .leftJoin('departure as d', 'd.award_id', 'a.id')
    .where('a.employer_id', '=', employerId)
    .where('a.state', 'in', awardStates);
  if (options.state) base = base.where('a.state', '=', options.state);
  const rows = await base
    .select([
      'a.id',
      'u.name as applicant_name',
      'a.tier',
      'a.state',
      sql<string | null>`a.start_date::text`.as('start_date'),
      sql<string | null>`a.service_ends_on::text`.as('service_ends_on'),
      sql<number>`(select count(*) from social_insurance_contribution c
        where c.applicant_user_id = a.applicant_user_id and c.employer_id = a.employer_id)`.as('months'),
      sql<string | null>`(select to_char(max(c.month), 'YYYY-MM') from social_insurance_contribution c
        where c.applicant_user_id = a.applicant_user_id and c.employer_id = a.employer_id)`.as('last_month'),
      sql<string | null>`d.departed_on::text`.as('departed_on'),
    ])
    .orderBy('a.start_date', 'desc')
    .orderBy('a.id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows: rows.map((r) => ({ ...r, months: Number(r.months) })), total: Number(count.n) };
}

/** The award's person, if the award is this organisation's. */
export function findEmployerAward(db: Db, employerId: string, awardId: string) {
  return db
    .selectFrom('award')
    .select(['id', 'applicant_user_id', sql<string | null>`start_date::text`.as('start_date')])
    .where('id', '=', awardId)
    .where('employer_id', '=', employerId)
    .executeTakeFirst();
}

/** Months of these people already on record, by whichever employer. */
export async function recordedMonths(
  db: Db,
  pairs: readonly { userId: string; month: string }[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (pairs.length === 0) return out;
  const userIds = [...new Set(pairs.map((p) => p.userId))];
  for (let i = 0; i < userIds.length; i += 1000) {
    const rows = await db
      .selectFrom('social_insurance_contribution')
      .select(['applicant_user_id', sql<string>`to_char(month, 'YYYY-MM')`.as('month'), 'employer_id'])
      .where('applicant_user_id', 'in', userIds.slice(i, i + 1000))
      .execute();
    for (const r of rows) out.set(`${r.applicant_user_id}|${r.month}`, r.employer_id);
  }
  return out;
}

export type NewContribution = {
  userId: string;
  employerId: string;
  month: string;
  source: 'employer' | 'import';
  confirmedBy: string;
  importId?: string;
};

/** Writes months not yet on record; a month already there (same person) is left as it is. */
export async function insertContributions(db: Db, rows: readonly NewContribution[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    const result = await db
      .insertInto('social_insurance_contribution')
      .values(
        chunk.map((r) => ({
          applicant_user_id: r.userId,
          employer_id: r.employerId,
          month: monthDate(r.month),
          source: r.source,
          confirmed_by: r.confirmedBy,
          import_id: r.importId ?? null,
        })),
      )
      .onConflict((oc) => oc.columns(['applicant_user_id', 'month']).doNothing())
      .returning('id')
      .execute();
    inserted += result.length;
  }
  return inserted;
}

/**
 * What the payment rules need about a person's social insurance on `asOf` (evaluateSubsidyPayment's
 * socialInsuranceMonths and contributing): the months on record up to that month, and whether the
 * month itself or the one before is paid (an agency's records lag a month).
 */
export async function contributionFacts(
  db: Db,
  applicantUserId: string,
  asOf: IsoDate,
): Promise<{ socialInsuranceMonths: number; contributing: boolean }> {
  const row = await db
    .selectFrom('social_insurance_contribution')
    .select([
      (eb) => eb.fn.countAll<number>().as('months'),
      sql<boolean>`bool_or(month >= date_trunc('month', ${asOf}::date) - interval '1 month')`.as('recent'),
    ])
    .where('applicant_user_id', '=', applicantUserId)
    .where('month', '<=', asOf)
    .executeTakeFirstOrThrow();
  return { socialInsuranceMonths: Number(row.months), contributing: row.recent === true };
}

/** The people named by these resident-ID blind indexes: hmac → user id. */
export async function applicantsByHmac(db: Db, hmacs: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < hmacs.length; i += 1000) {
    const rows = await db
      .selectFrom('app_user')
      .select(['id', 'resident_id_hmac'])
      .where('kind', '=', 'applicant')
      .where('resident_id_hmac', 'in', hmacs.slice(i, i + 1000))
      .execute();
    for (const r of rows) if (r.resident_id_hmac) out.set(r.resident_id_hmac, r.id);
  }
  return out;
}

export async function employersByUscc(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < codes.length; i += 1000) {
    const rows = await db
      .selectFrom('employer')
      .select(['id', 'uscc'])
      .where('uscc', 'in', codes.slice(i, i + 1000))
      .execute();
    for (const r of rows) out.set(r.uscc, r.id);
  }
  return out;
}

export function insertImport(
  db: Db,
  row: {
    fileName: string;
    format: 'csv' | 'xlsx';
    status: 'applied' | 'rejected';
    rowCount: number;
    appliedCount: number;
    skippedCount: number;
    errorCount: number;
    report: unknown;
    createdBy: string;
  },
) {
  return db
    .insertInto('contribution_import')
    .values({
      file_name: row.fileName,
      format: row.format,
      status: row.status,
      row_count: row.rowCount,
      applied_count: row.appliedCount,
      skipped_count: row.skippedCount,
      error_count: row.errorCount,
      report: JSON.stringify(row.report),
      created_by: row.createdBy,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
}

const importColumns = [
  'i.id',
  'i.file_name',
  'i.format',
  'i.status',
  'i.row_count',
  'i.applied_count',
  'i.skipped_count',
  'i.error_count',
  'u.name as created_by_name',
  'i.created_at',
] as const;

export async function listImports(db: Db, options: { limit: number; offset: number }) {
  const rows = await db
    .selectFrom('contribution_import as i')
    .innerJoin('app_user as u', 'u.id', 'i.created_by')
    .select(importColumns)
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const count = await db
    .selectFrom('contribution_import')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export type ImportRow = Awaited<ReturnType<typeof listImports>>['rows'][number];

export function findImport(db: Db, id: string) {
  return db
    .selectFrom('contribution_import as i')
    .innerJoin('app_user as u', 'u.id', 'i.created_by')
    .select([...importColumns, 'i.report'])
    .where('i.id', '=', id)
    .executeTakeFirst();
}
