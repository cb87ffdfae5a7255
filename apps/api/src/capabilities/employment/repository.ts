import type { EmploymentReportStatus } from '@talent/domain';
import { sql } from 'kysely';
import type { Db } from '../../platform/db.js';

// Every SQL statement of the employment-confirmation capability.

function reports(db: Db, employerId: string) {
  return db
    .selectFrom('employment_report as r')
    .innerJoin('settlement_application as a', 'a.id', 'r.application_id')
    .innerJoin('app_user as u', 'u.id', 'r.applicant_user_id')
    .where('r.employer_id', '=', employerId);
}

const reportColumns = [
  'r.id',
  'r.application_id',
  'a.number',
  'u.name as applicant_name',
  'a.tier',
  'a.state',
  'a.version',
  sql<string>`r.contract_start::text`.as('contract_start'),
  'r.contract_months',
  'r.position',
  'r.status',
  'r.decision_reason',
  'r.decided_at',
  'r.created_at',
] as const;

export type ReportRow = Awaited<ReturnType<typeof findReport>>;

const sortColumns = {
  reportedAt: 'r.created_at',
  contractStart: 'r.contract_start',
  number: 'a.number',
  status: 'r.status',
} as const;
export type ReportSort = keyof typeof sortColumns;

export async function listReports(
  db: Db,
  employerId: string,
  options: {
    status: EmploymentReportStatus | undefined;
    sort: ReportSort;
    order: 'asc' | 'desc';
    limit: number;
    offset: number;
  },
): Promise<{ rows: ReportRow[]; total: number }> {
  let base = reports(db, employerId);
  if (options.status) base = base.where('r.status', '=', options.status);
  const rows = await base
    .select(reportColumns)
    .orderBy(sortColumns[options.sort], options.order)
    .orderBy('r.id', 'asc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** The report if it names this employer, locked; another employer's is not found. */
export function findReportForUpdate(db: Db, employerId: string, id: string) {
  return reports(db, employerId)
    .select(reportColumns)
    .where('r.id', '=', id)
    .forUpdate('r')
    .executeTakeFirst();
}

export function findReport(db: Db, employerId: string, id: string) {
  return reports(db, employerId).select(reportColumns).where('r.id', '=', id).executeTakeFirstOrThrow();
}
