import { type Actor, type LocalizedText, t } from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { maskMobile } from '../../platform/messages.js';
import * as repo from './repository.js';

export type NotificationParams = Record<string, string | number>;

export type Notice = {
  userId: string;
  /** A catalogue key, e.g. 'notification.settlement.submit'; the SMS gateway renders the same key. */
  kind: string;
  /** Only what the message needs (an application number, a date): SMS leaves the platform. */
  params?: NotificationParams;
  entity?: string;
  entityId?: string;
};

/**
 * Tells a user about something: the in-app notification and the SMS outbox row, written in the
 * caller's transaction so that a rolled-back change notifies nobody.
 */
export async function notify(db: Db, notice: Notice): Promise<void> {
  const row: repo.NewNotification = {
    userId: notice.userId,
    kind: notice.kind,
    params: notice.params ?? {},
    entity: notice.entity ?? null,
    entityId: notice.entityId ?? null,
  };
  await repo.insertNotification(db, row);
  await repo.insertSms(db, row);
}

/**
 * A text message only (no in-app notification): a one-time code or a warning about one, to an
 * account's mobile or, before there is an account, to the mobile itself.
 */
export async function sendSms(
  db: Db,
  to: { userId: string } | { mobile: string },
  kind: string,
  params: NotificationParams = {},
): Promise<void> {
  if ('userId' in to)
    await repo.insertSms(db, { userId: to.userId, kind, params, entity: null, entityId: null });
  else await repo.insertSmsToMobile(db, to.mobile, kind, params);
  if (demoCodesOnConsole && typeof params.code === 'string') {
    const mobile = 'mobile' in to ? ` ${maskMobile(to.mobile)}` : '';
    console.log(`[演示短信 demo SMS]${mobile} ${t('zh-CN', kind, params)}`);
  }
}

let demoCodesOnConsole = false;

/**
 * The demo has no SMS gateway: `pnpm start` prints each one-time code on its console (masked mobile,
 * never in a production start) so that sign-up and 忘记密码 can be tried (decision 0009).
 */
export function printDemoSmsCodes(): void {
  demoCodesOnConsole = true;
}

export type NotificationItem = {
  id: string;
  kind: string;
  params: NotificationParams;
  /** The message in both languages, so a portal switches language without asking again. */
  text: LocalizedText;
  entity: string | null;
  entityId: string | null;
  read: boolean;
  createdAt: string;
};

export type NotificationPage = {
  items: NotificationItem[];
  total: number;
  page: number;
  pageSize: number;
  unread: number;
};

function toItem(row: repo.NotificationRow): NotificationItem {
  return {
    id: String(row.id),
    kind: row.kind,
    params: row.params,
    text: { 'zh-CN': t('zh-CN', row.kind, row.params), en: t('en', row.kind, row.params) },
    entity: row.entity,
    entityId: row.entity_id,
    read: row.read_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}

/** The signed-in user's own notifications, newest first; anyone signed in has a list. */
export async function listNotifications(
  db: Db,
  actor: Actor,
  query: { page: number; pageSize: number; unread?: boolean | undefined },
): Promise<NotificationPage> {
  const { rows, total, unread } = await repo.listForUser(db, actor.userId, {
    unreadOnly: query.unread === true,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toItem), total, page: query.page, pageSize: query.pageSize, unread };
}

/** Another user's notification is not found, never forbidden. */
export async function markRead(db: Db, actor: Actor, id: string): Promise<void> {
  const n = Number(id);
  if (!/^\d{1,15}$/.test(id) || !Number.isSafeInteger(n)) throw notFound();
  if (!(await repo.markRead(db, actor.userId, n))) throw notFound();
}

export async function markAllRead(db: Db, actor: Actor): Promise<number> {
  return repo.markAllRead(db, actor.userId);
}
