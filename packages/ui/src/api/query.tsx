import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';

/**
 * Loading, caching and invalidation for the portals' reads. A query's key starts with the API path's
 * segments (`['settlements', id]`), so a change invalidates by prefix (`['settlements']` refreshes the
 * list and every case). No retries and no refetch on focus: a government form must not change under
 * the user's hands, and an error is shown, not hidden behind a second try.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}

export function QueryProvider({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
