import type { ReactNode } from 'react';

/**
 * The tabs above a list: each a preset filter (a state, a work view), the active one pressed, with
 * how many rows it holds when the page knows. Test ids: `${prefix}-tabs`, `${prefix}-tab-${tab}` and
 * `${prefix}-tab-${tab}-count`.
 */
export function QueueTabList<T extends string>({
  tabs,
  active,
  onSelect,
  label,
  prefix,
  title,
  count,
}: {
  tabs: readonly T[];
  active: T | undefined;
  onSelect: (tab: T) => void;
  /** What the tabs choose (their aria-label). */
  label: string;
  prefix: string;
  title: (tab: T) => string;
  /** The tab's count, or undefined to show none. */
  count?: (tab: T) => ReactNode;
}) {
  return (
    <div className="queue-tabs" role="tablist" aria-label={label} data-testid={`${prefix}-tabs`}>
      {tabs.map((tab) => {
        const n = count?.(tab);
        return (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={tab === active}
            className={`queue-tab${tab === active ? ' queue-tab-active' : ''}`}
            onClick={() => onSelect(tab)}
            data-testid={`${prefix}-tab-${tab}`}
          >
            {title(tab)}
            {n !== undefined && (
              <span className="queue-tab-count" data-testid={`${prefix}-tab-${tab}-count`}>
                {n}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
