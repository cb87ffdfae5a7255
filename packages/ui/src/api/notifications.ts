import { queryOptions } from '@tanstack/react-query';
import { api, call } from './client';

function loadNotifications(pageSize: number) {
  return call(api.notifications.$get({ query: { pageSize: String(pageSize) } }));
}

export type NotificationPage = Awaited<ReturnType<typeof loadNotifications>>;

/** The signed-in user's latest notifications and unread count; marking one read invalidates ['notifications']. */
export const notificationsQuery = (pageSize: number) =>
  queryOptions({ queryKey: ['notifications', { pageSize }], queryFn: () => loadNotifications(pageSize) });
