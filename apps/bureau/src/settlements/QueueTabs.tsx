import { api, call, useI18n } from '@talent/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { QueueCounts } from '../apiTypes';
import { ALL, AWAITING, apiFilters, type QueueFilterValues } from './queueFilters';

type Tab = { id: string; state: string; overdue: boolean; count: (c: QueueCounts) => number | undefined };

const tabs: Tab[] = [
  {
    id: 'awaiting',
    state: AWAITING,
    overdue: false,
    count: (c) => sum(c.counts.submitted, c.counts.under_review),
  },
  { id: 'submitted', state: 'submitted', overdue: false, count: (c) => c.counts.submitted },
  { id: 'under_review', state: 'under_review', overdue: false, count: (c) => c.counts.under_review },
  { id: 'approved', state: 'approved', overdue: false, count: (c) => c.counts.approved },
  { id: 'overdue', state: AWAITING, overdue: true, count: (c) => c.overdue },
  { id: 'all', state: ALL, overdue: false, count: () => undefined },
];

function sum(a: number | undefined, b: number | undefined) {
  return a === undefined || b === undefined ? undefined : a + b;
}

/**
 * The work views of the queue as tabs (a preset of the state and overdue filters), each with how many
 * cases it holds under the other filters. The counts stop at the API's limit ("10000+").
 */
export function QueueTabs({
  filters,
  q,
  onSelect,
}: {
  filters: QueueFilterValues;
  q: string | undefined;
  onSelect: (change: Pick<QueueFilterValues, 'state' | 'overdue'>) => void;
}) {
  const { t, tKey } = useI18n();
  const { route, county, tier, green } = apiFilters(filters);
  const query = { route, county, tier, green, q };
  // the counts on screen stay while the next filters' load
  const { data, isError } = useQuery({
    queryKey: ['bureau', 'settlements', 'counts', query],
    queryFn: ({ signal }) => call(api.bureau.settlements.counts.$get({ query: query }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });
  const counts = isError ? undefined : data;

  const active = tabs.find((tab) => tab.state === filters.state && tab.overdue === filters.overdue)?.id;
  return (
    <div className="queue-tabs" role="tablist" aria-label={t('queue.tabs')} data-testid="queue-tabs">
      {tabs.map((tab) => {
        const n = counts ? tab.count(counts) : undefined;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={tab.id === active}
            className={`queue-tab${tab.id === active ? ' queue-tab-active' : ''}${tab.id === 'overdue' ? ' queue-tab-overdue' : ''}`}
            onClick={() => onSelect({ state: tab.state, overdue: tab.overdue })}
            data-testid={`queue-tab-${tab.id}`}
          >
            {tKey(`queue.tab.${tab.id}`)}
            {n !== undefined && counts && (
              <span className="queue-tab-count" data-testid={`queue-tab-${tab.id}-count`}>
                {n > counts.limit ? t('queue.tabCountMore', { n: counts.limit }) : t('queue.tabCount', { n })}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
