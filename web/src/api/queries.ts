// Every read of the services as a TanStack Query hook, on the typed clients. Query keys start with
// the resource, so a mutation can invalidate "everything about quotes" at once.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { bookingApi, chatApi, emailApi, leadApi, monitoringApi, ok, quoteApi } from './clients';
import { apiFetch } from './http';
import { apiErrorOf } from './problem';
import type { DeadLetter, Paged, QuoteEdit } from './types';

/** The largest page the services give (PageParams.MAX_SIZE): screens that combine lists read one. */
export const MAX_PAGE = 100;

const paged = { placeholderData: keepPreviousData } as const;

export const useLeads = (page: number, size = 20) =>
  useQuery({
    queryKey: ['leads', { page, size }],
    queryFn: () => ok(leadApi.GET('/api/leads', { params: { query: { page, size } } })),
    ...paged,
  });

export const useLead = (id: string) =>
  useQuery({
    queryKey: ['leads', id],
    queryFn: () => ok(leadApi.GET('/api/leads/{id}', { params: { path: { id } } })),
  });

export const useCustomers = (page: number, size = 20) =>
  useQuery({
    queryKey: ['customers', { page, size }],
    queryFn: () => ok(leadApi.GET('/api/customers', { params: { query: { page, size } } })),
    ...paged,
  });

export const useCustomer = (id: string | undefined) =>
  useQuery({
    queryKey: ['customers', id],
    queryFn: () => ok(leadApi.GET('/api/customers/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });

/** A page of quotes, newest first; `status` filters (PENDING_APPROVAL is the approval queue). */
export const useQuotes = (page: number, size = 20, status?: string) =>
  useQuery({
    queryKey: ['quotes', { page, size, status }],
    queryFn: () => ok(quoteApi.GET('/api/quotes', { params: { query: { page, size, status } } })),
    ...paged,
  });

export const useQuote = (id: string) =>
  useQuery({
    queryKey: ['quotes', id],
    queryFn: () => ok(quoteApi.GET('/api/quotes/{id}', { params: { path: { id } } })),
  });

/** The exact mail approval sends; the first read prepares it (slots, link), so only when asked. */
export const useQuotePreview = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['quotes', id, 'preview'],
    queryFn: () => ok(quoteApi.GET('/api/quotes/{id}/preview', { params: { path: { id } } })),
    enabled,
  });

export const useQuoteChanges = (id: string) =>
  useQuery({
    queryKey: ['quotes', id, 'changes'],
    queryFn: () =>
      ok(quoteApi.GET('/api/quotes/{id}/changes', { params: { path: { id }, query: { size: MAX_PAGE } } })),
  });

export const useBookings = (page: number, size = 20) =>
  useQuery({
    queryKey: ['bookings', { page, size }],
    queryFn: () => ok(bookingApi.GET('/api/bookings', { params: { query: { page, size } } })),
    ...paged,
  });

export interface ThreadSearch {
  participant?: string;
  label?: string;
  q?: string;
  from?: string;
  to?: string;
}

export const useThreads = (search: ThreadSearch, page: number, size = 20, enabled = true) =>
  useQuery({
    queryKey: ['threads', { ...search, page, size }],
    queryFn: () => ok(emailApi.GET('/api/emails/threads', { params: { query: { ...search, page, size } } })),
    enabled,
    ...paged,
  });

export const useThread = (id: string | undefined) =>
  useQuery({
    queryKey: ['threads', id],
    queryFn: () => ok(emailApi.GET('/api/emails/threads/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });

export const useServices = () =>
  useQuery({
    queryKey: ['monitoring', 'services'],
    queryFn: () => ok(monitoringApi.GET('/api/monitoring/services')),
    refetchInterval: 15_000,
  });

export const useGmailSync = () =>
  useQuery({
    queryKey: ['emails', 'sync'],
    queryFn: () => ok(emailApi.GET('/api/emails/sync')),
    refetchInterval: 10_000,
  });

export const useGmailConnections = () =>
  useQuery({
    queryKey: ['emails', 'connections'],
    queryFn: () => ok(emailApi.GET('/api/emails/connections')),
  });

export const useReconciliation = () =>
  useQuery({
    queryKey: ['emails', 'reconciliation'],
    queryFn: () => ok(emailApi.GET('/api/emails/reconciliation')),
  });

export const useConversations = (page: number) =>
  useQuery({
    queryKey: ['conversations', { page }],
    queryFn: () => ok(chatApi.GET('/api/chat/conversations', { params: { query: { page, size: 20 } } })),
    ...paged,
  });

/** The services with dead letters at the gateway: /api/admin/dead-letters/<service>. */
export const DEAD_LETTER_SERVICES = [
  'email-ingest-service',
  'lead-service',
  'quote-service',
  'booking-service',
  'chat-service',
  'monitoring-service',
] as const;
export type DeadLetterService = (typeof DEAD_LETTER_SERVICES)[number];

// One path shape for six services: plain apiFetch, typed by the generated DeadLetter.
export const useDeadLetters = (service: DeadLetterService) =>
  useQuery({
    queryKey: ['dead-letters', service],
    queryFn: async () => {
      const response = await apiFetch(`/api/admin/dead-letters/${service}?size=${MAX_PAGE}`);
      if (!response.ok) throw await apiErrorOf(response);
      return (await response.json()) as Paged<DeadLetter>;
    },
  });

export async function replayDeadLetter(service: DeadLetterService, letter: DeadLetter): Promise<void> {
  const response = await apiFetch(
    `/api/admin/dead-letters/${service}/${letter.partition}/${letter.offset}/replay`,
    { method: 'POST' },
  );
  if (!response.ok) throw await apiErrorOf(response);
}

export async function acceptQuote(id: string) {
  return ok(quoteApi.POST('/api/quotes/{id}/accept', { params: { path: { id } } }));
}

export async function editQuote(id: string, change: QuoteEdit) {
  return ok(quoteApi.PATCH('/api/quotes/{id}', { params: { path: { id } }, body: change }));
}

export async function approveQuote(id: string) {
  return ok(quoteApi.POST('/api/quotes/{id}/approve', { params: { path: { id } } }));
}

export async function rejectQuote(id: string, reason: string) {
  return ok(quoteApi.POST('/api/quotes/{id}/reject', { params: { path: { id } }, body: { reason } }));
}
