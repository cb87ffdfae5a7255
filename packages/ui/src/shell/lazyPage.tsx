import type { ComponentType } from 'react';
import type { Audience } from '../auth/access';
import { RequireAccess } from '../auth/RequireAuth';

/**
 * A route's `lazy`: the page arrives on its first visit as its own chunk, so a clerk who opens the queue
 * does not download the statistics charts. With an audience, the page shows only to those it names.
 *
 *   { path: 'statistics', lazy: lazyPage(() => import('./StatisticsPage').then((m) => m.StatisticsPage), audience) }
 */
export function lazyPage(load: () => Promise<ComponentType>, audience?: Audience) {
  return async () => {
    const Page = await load();
    if (!audience) return { Component: Page };
    return {
      Component: () => (
        <RequireAccess audience={audience}>
          <Page />
        </RequireAccess>
      ),
    };
  };
}
