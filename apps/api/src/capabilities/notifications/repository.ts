import type { NotificationTable } from '@talent/db';
import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db.js';

// Every SQL statement of the notifications capability.

export type NotificationRow = Omit<Selectable<NotificationTable>, 'user_id'>;

export type NewNotification = {
  userId: string;
  kind: string;
  params: Record<string, string | number>;
  entity: string | null;
  entityId: string | null;
};

export async function insertNotification(db: Db, n: NewNotification): Promise<void> {
  await db
    .insertInto('notification')
    .values({
      user_id: n.userId,
      kind: n.kind,
      params: JSON.stringify(n.params),
      entity: n.entity,
      entity_id: n.entityId,
    })
    .execute();
}

export async function insertSms(db: Db, n: NewNotification): Promise<void> {
  await db
    .insertInto('sms_outbox')
    .values({ user_id: n.userId, template: n.kind, params: JSON.stringify(n.params) })
    .execute();
}

/** A text to a mobile that has no account (yet): a sign-up code. */
export async function insertSmsToMobile(
  db: Db,
  mobile: string,
  template: string,
  params: object,
): Promise<void> {
  await db
    .insertInto('sms_outbox')
    .values({ mobile, template, params: JSON.stringify(params) })
    .execute();
}

export async function listForUser(
  db: Db,
  userId: string,
  options: { unreadOnly: boolean; limit: number; offset: number },
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
  let base = db.selectFrom('notification').where('user_id', '=', userId);
  if (options.unreadOnly) base = base.where('read_at', 'is', null);
  const rows = await base
    .select(['id', 'kind', 'params', 'entity', 'entity_id', 'read_at', 'created_at'])
    .orderBy('id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const counts = await db
    .selectFrom('notification')
    .where('user_id', '=', userId)
    .select((eb) => [
      eb.fn.countAll<string>().as('total'),
      eb.fn.count<string>('id').filterWhere('read_at', 'is', null).as('unread'),
    ])
    .executeTakeFirstOrThrow();
  const unread = Number(counts.unread);
  return { rows, total: options.unreadOnly ? unread : Number(counts.total), unread };
}

/** Marks one of the user's notifications read; false when the user has no such notification. */
export async function markRead(db: Db, userId: string, id: number): Promise<boolean> {
  const result = await db
    .updateTable('notification')
    .set({ read_at: new Date() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (result) return true;
  const exists = await db
    .selectFrom('notification')
    .select('id')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return exists !== undefined;
}

export async function markAllRead(db: Db, userId: string): Promise<number> {
  const rows = await db
    .updateTable('notification')
    .set({ read_at: new Date() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}
