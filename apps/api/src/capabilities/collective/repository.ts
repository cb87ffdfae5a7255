import type { CollectiveStatus, SettlementState, Tier } from '@talent/domain';
import { sql } from 'kysely';
import { type Db, dbNow } from '../../platform/db.js';

// Every SQL statement of the collective-household capability.

export type RequestRow = {
  id: string;
  number: string;
  applicant_user_id: string;
  applicant_name: string;
  state: SettlementState;
  tier: Tier | null;
  school: string | null;
  graduation_date: string | null;
  collective_status: CollectiveStatus;
  collective_reason: string | null;
  collective_decided_at: Date | null;
  submitted_at: Date | null;
  green_channel: boolean;
  version: number;
};

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
  let ordered = base.select(requestColumns);
  // Green-channel requests head the list in its default order (二(一)5): the employer's yes is all a
  // card holder's instant approval may still wait for.
  if (options.sort === 'requestedAt') ordered = ordered.orderBy('a.green_channel', 'desc');
  const rows = await ordered
    .orderBy(sortColumns[options.sort], options.order)
    .orderBy('a.id', 'asc')
    .limit(options.limit)
    .offset(options.offset)
    .$castTo<RequestRow>()
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** The request, locked for the employer's answer; another employer's is not found. */
export function findRequestForUpdate(db: Db, employerId: string, applicationId: string) {
  return requests(db, employerId)
    .select(requestColumns)
    .where('a.id', '=', applicationId)
    .forUpdate('a')
    .$castTo<RequestRow>()
    .executeTakeFirst();
}

export function findRequest(db: Db, employerId: string, applicationId: string) {
  return requests(db, employerId)
    .select(requestColumns)
    .where('a.id', '=', applicationId)
    .$castTo<RequestRow>()
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
