import type { Tier } from '@talent/domain';
import type { TFunction } from '@talent/ui';

/** An education tier in the current language; '—' when the application has none yet. */
export function tierText(t: TFunction, tier: Tier | null): string {
  return tier ? t(`tier.${tier}`) : '—';
}
