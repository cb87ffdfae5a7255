import type { CollectiveStatus } from '@talent/domain';
import { sql } from 'kysely';
import { type Db, dbNow } from '../../platform/db.js';

// Every SQL statement of the collective-household capability.

// A request exists once the graduate submitted an application naming this employer's collective
// household; drafts are the graduate's own business.
function requests(db: Db, employerId: string) {
  return db
    .selectFrom('settlement_application as a')
    .innerJoin('app_user as u', 'u.id', 'a.applicant_user_id')
    .where('a.employer_id', '=', employerId)
    .where('a.settle_at', '=', 'employer_collective')
    .where('a.collective_status', 'is not', null)
    .where('a.state', '<>', 'draft');
}

const requestColumns = [
  'a.id',
  'a.number',
  'a.applicant_user_id',
  'u.name as applicant_name',
  'a.state',
  'a.tier',
  // the education the graduate submitted with the application (a snapshot of the profile)
  sql<string | null>`a.education->>'school'`.as('school'),
  sql<string | null>`nullif(a.education->>'graduationDate', '')`.as('graduation_date'),
  'a.collective_status',
  'a.collective_reason',
  'a.collective_decided_at',
  'a.submitted_at',
  'a.green_channel',
  'a.version',
] as const;

/** requests() keeps only applications whose collective status is set. */
type Requested = { collective_status: CollectiveStatus };

export type RequestRow = Awaited<ReturnType<typeof findRequest>>;

const sortColumns = {
  requestedAt: 'a.submitted_at',
  number: 'a.number',
  status: 'a.collective_status',
} as const;
export type RequestSort = keyof typeof sortColumns;

export async function listRequests(
  db: Db,
  employerId: string,
  options: {
    status: CollectiveStatus | undefined;
    sort: RequestSort;
    order: 'asc' | 'desc';
    limit: number;
    offset: number;
  },
): Promise<{ rows: RequestRow[]; total: number }> {
  let base = requests(db, employerId);
  if (options.status) base = base.where('a.collective_status', '=', options.status);
  let ordered = base.select(requestColumns).$narrowType<Requested>();
  // Green-channel requests head the list in its default order (二(一)5): the employer's yes is all a
  // card holder's instant approval may still wait for.
  if (options.sort === 'requestedAt') ordered = ordered.orderBy('a.green_channel', 'desc');
  const rows = await ordered
    .orderBy(sortColumns[options.sort], options.order)
    .orderBy('a.id', 'asc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** The request, locked for the employer's answer; another employer's is not found. */
export function findRequestForUpdate(db: Db, employerId: string, applicationId: string) {
  return requests(db, employerId)
    .select(requestColumns)
    .$narrowType<Requested>()
    .where('a.id', '=', applicationId)
    .forUpdate('a')
    .executeTakeFirst();
}

export function findRequest(db: Db, employerId: string, applicationId: string) {
  return requests(db, employerId)
    .select(requestColumns)
    .$narrowType<Requested>()
    .where('a.id', '=', applicationId)
    .executeTakeFirstOrThrow();
}

export async function decide(
  db: Db,
  applicationId: string,
  values: { status: 'accepted' | 'declined'; reason: string | null; decidedBy: string },
): Promise<void> {
  await db
    .updateTable('settlement_application')
    .set((eb) => ({
      collective_status: values.status,
      collective_reason: values.reason,
      collective_decided_at: dbNow,
      collective_decided_by: values.decidedBy,
      version: eb('version', '+', 1),
      updated_at: dbNow,
    }))
    .where('id', '=', applicationId)
    .execute();
}
