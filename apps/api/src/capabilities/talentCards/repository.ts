import type { TalentCardImportTable, TalentCardTable } from '@talent/db';
import { addDays, cardExpiryWarningDays, type TalentCardView } from '@talent/domain';
import { type Selectable, sql } from 'kysely';
import { type Db, dbNow } from '../../platform/db.js';
import { escapeLike } from '../staff/repository.js';

const cardColumns = [
  'id',
  'card_number',
  'holder_name',
  'holder_resident_id_enc',
  'holder_resident_id_hmac',
  'tier',
  'issue_date',
  'expiry_date',
  'status',
  'revoked_reason',
  'revoked_at',
  'expiry_notified_at',
  'import_id',
  'version',
  'created_at',
  'updated_at',
] as const;

export type CardRow = Pick<Selectable<TalentCardTable>, (typeof cardColumns)[number]>;

export const cardSortColumns = {
  cardNumber: 'card_number',
  holderName: 'holder_name',
  tier: 'tier',
  issueDate: 'issue_date',
  expiryDate: 'expiry_date',
  createdAt: 'created_at',
} as const;
export type CardSort = keyof typeof cardSortColumns;

export type CardFilter = {
  view: TalentCardView;
  tier: string | undefined;
  q: string | undefined;
  /** The blind index of `q` when `q` is a resident ID: an exact match on the holder. */
  qHmac: string | undefined;
  today: string;
};

/** The cards matching the tier and the search, before a tab narrows them. */
function searched(db: Db, filter: Omit<CardFilter, 'view'>) {
  let base = db.selectFrom('talent_card');
  if (filter.tier) base = base.where('tier', '=', filter.tier);
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    const hmac = filter.qHmac;
    base = base.where((eb) =>
      eb.or([
        eb('card_number', 'ilike', pattern),
        eb('holder_name', 'ilike', pattern),
        ...(hmac ? [eb('holder_resident_id_hmac', '=', hmac)] : []),
      ]),
    );
  }
  return base;
}

export async function listCards(
  db: Db,
  filter: CardFilter,
  page: { sort: CardSort; order: 'asc' | 'desc'; limit: number; offset: number },
): Promise<{ rows: CardRow[]; total: number }> {
  let base = searched(db, filter);
  const { today } = filter;
  switch (filter.view) {
    case 'valid':
      base = base
        .where('status', '=', 'valid')
        .where('issue_date', '<=', today)
        .where('expiry_date', '>=', today);
      break;
    case 'expiring':
      base = base
        .where('status', '=', 'valid')
        .where('expiry_date', '>=', today)
        .where('expiry_date', '<=', addDays(today, cardExpiryWarningDays));
      break;
    case 'expired':
      base = base.where('status', '=', 'valid').where('expiry_date', '<', today);
      break;
    case 'revoked':
      base = base.where('status', '=', 'revoked');
      break;
    case 'all':
      break;
  }
  const rows = await base
    .select(cardColumns)
    .orderBy(cardSortColumns[page.sort], page.order)
    .orderBy('id', 'asc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export type ViewCounts = Record<TalentCardView, number>;

/** How many cards each tab holds under the tier and the search (one pass over the matching cards). */
export async function countViews(db: Db, filter: Omit<CardFilter, 'view'>): Promise<ViewCounts> {
  const { today } = filter;
  const soon = addDays(today, cardExpiryWarningDays);
  const row = await searched(db, filter)
    .select([
      sql<number>`count(*)::int`.as('all'),
      sql<number>`(count(*) filter (where status = 'valid' and issue_date <= ${today}::date and expiry_date >= ${today}::date))::int`.as(
        'valid',
      ),
      sql<number>`(count(*) filter (where status = 'valid' and expiry_date between ${today}::date and ${soon}::date))::int`.as(
        'expiring',
      ),
      sql<number>`(count(*) filter (where status = 'valid' and expiry_date < ${today}::date))::int`.as(
        'expired',
      ),
      sql<number>`(count(*) filter (where status = 'revoked'))::int`.as('revoked'),
    ])
    .executeTakeFirstOrThrow();
  return row;
}

export async function findCard(db: Db, id: string, options: { lock?: boolean } = {}) {
  let q = db.selectFrom('talent_card').select(cardColumns).where('id', '=', id);
  if (options.lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function cardsOfHolder(db: Db, hmac: string): Promise<CardRow[]> {
  return db
    .selectFrom('talent_card')
    .select(cardColumns)
    .where('holder_resident_id_hmac', '=', hmac)
    .orderBy('expiry_date', 'desc')
    .execute();
}

export type NewCard = {
  card_number: string;
  holder_name: string;
  holder_resident_id_enc: string;
  holder_resident_id_hmac: string;
  tier: string;
  issue_date: string;
  expiry_date: string;
  import_id: string | null;
  created_by: string;
};

export async function insertCard(db: Db, card: NewCard): Promise<string> {
  const row = await db.insertInto('talent_card').values(card).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertCards(db: Db, cards: NewCard[]): Promise<number> {
  let inserted = 0;
  // Batches keep each statement's parameter count well under PostgreSQL's 65,535.
  for (let i = 0; i < cards.length; i += 500) {
    const batch = cards.slice(i, i + 500);
    await db.insertInto('talent_card').values(batch).execute();
    inserted += batch.length;
  }
  return inserted;
}

export async function updateCard(
  db: Db,
  id: string,
  fields: Omit<NewCard, 'import_id' | 'created_by'>,
  resetExpiryNotice: boolean,
): Promise<void> {
  await db
    .updateTable('talent_card')
    .set({
      ...fields,
      ...(resetExpiryNotice ? { expiry_notified_at: null } : {}),
      version: sql<number>`version + 1`,
      updated_at: dbNow,
    })
    .where('id', '=', id)
    .execute();
}

export async function revokeCard(db: Db, id: string, reason: string, by: string): Promise<void> {
  await db
    .updateTable('talent_card')
    .set({
      status: 'revoked',
      revoked_reason: reason,
      revoked_at: dbNow,
      revoked_by: by,
      version: sql<number>`version + 1`,
      updated_at: dbNow,
    })
    .where('id', '=', id)
    .execute();
}

/** Which of these card numbers are already in the registry. */
export async function existingNumbers(db: Db, numbers: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < numbers.length; i += 1000) {
    const rows = await db
      .selectFrom('talent_card')
      .select('card_number')
      .where('card_number', 'in', numbers.slice(i, i + 1000))
      .execute();
    for (const r of rows) found.add(r.card_number);
  }
  return found;
}

/** The accounts of applicants whose blind index is the holder's. */
export async function applicantIdsByHmac(db: Db, hmac: string): Promise<string[]> {
  const rows = await db
    .selectFrom('app_user')
    .select('id')
    .where('kind', '=', 'applicant')
    .where('resident_id_hmac', '=', hmac)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * A card's audit trail, oldest first, with the actor's name: its own rows (entered, corrected,
 * revoked, the holder warned, the full ID revealed) and the commit of the file it came from.
 */
export async function cardHistory(db: Db, card: { id: string; import_id: string | null }) {
  const importId = card.import_id;
  return db
    .selectFrom('audit_log as l')
    .leftJoin('app_user as u', 'u.id', 'l.actor_id')
    .select(['l.id', 'l.at', 'l.action', 'l.actor_kind', 'l.details', 'u.name as actor_name'])
    .where((eb) =>
      eb.or([
        eb.and([eb('l.entity', '=', 'talent_card'), eb('l.entity_id', '=', card.id)]),
        ...(importId
          ? [
              eb.and([
                eb('l.entity', '=', 'talent_card_import'),
                eb('l.entity_id', '=', importId),
                eb('l.action', '=', 'talent_card_import.commit'),
              ]),
            ]
          : []),
      ]),
    )
    .orderBy('l.id')
    .execute();
}

// --- imports

const importColumns = [
  'id',
  'file_name',
  'sha256',
  'format',
  'status',
  'row_count',
  'valid_count',
  'report',
  'committed_mode',
  'committed_count',
  'created_by',
  'created_at',
  'committed_at',
] as const;

export type ImportRow = Pick<Selectable<TalentCardImportTable>, (typeof importColumns)[number]>;

export async function insertImport(
  db: Db,
  values: {
    file_name: string;
    sha256: string;
    format: 'csv' | 'xlsx';
    row_count: number;
    valid_count: number;
    report: unknown;
    created_by: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('talent_card_import')
    .values({ ...values, status: 'validated', report: JSON.stringify(values.report) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findImport(db: Db, id: string, options: { lock?: boolean } = {}) {
  let q = db.selectFrom('talent_card_import').select(importColumns).where('id', '=', id);
  if (options.lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function listImports(db: Db, page: { limit: number; offset: number }) {
  const rows = await db
    .selectFrom('talent_card_import')
    .select(importColumns)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await db
    .selectFrom('talent_card_import')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export async function markCommitted(
  db: Db,
  id: string,
  values: { mode: 'all' | 'valid_only'; count: number; by: string; report: unknown },
): Promise<void> {
  await db
    .updateTable('talent_card_import')
    .set({
      status: 'committed',
      committed_mode: values.mode,
      committed_count: values.count,
      committed_at: dbNow,
      committed_by: values.by,
      report: JSON.stringify(values.report),
    })
    .where('id', '=', id)
    .execute();
}

// --- expiry warnings

/**
 * The next valid card expiring within the window whose holder has an applicant account and was not
 * warned yet, locked (SKIP LOCKED: several API processes may run the job at once).
 */
export async function takeCardToWarn(db: Db, today: string) {
  return db
    .selectFrom('talent_card as c')
    .select(['c.id', 'c.card_number', 'c.expiry_date', 'c.holder_resident_id_hmac'])
    .where('c.status', '=', 'valid')
    .where('c.expiry_notified_at', 'is', null)
    .where('c.expiry_date', '>=', today)
    .where('c.expiry_date', '<=', addDays(today, cardExpiryWarningDays))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('app_user as u')
          .select('u.id')
          .where('u.kind', '=', 'applicant')
          .whereRef('u.resident_id_hmac', '=', 'c.holder_resident_id_hmac'),
      ),
    )
    .orderBy('c.expiry_date')
    .orderBy('c.id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

export async function markWarned(db: Db, id: string): Promise<void> {
  await db.updateTable('talent_card').set({ expiry_notified_at: dbNow }).where('id', '=', id).execute();
}
