import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/problem';

/**
 * Server state lives in TanStack Query's cache, not in a store of our own. A 4xx is an answer (not
 * found, not allowed, invalid), so it is never retried; network errors and 5xx are, twice.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: true,
        retry: (failures, error) => {
          if (error instanceof ApiError && error.status < 500) return false;
          return failures < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}
