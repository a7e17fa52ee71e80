// Typed clients, one per service, from the types generated out of docs/openapi (npm run api).
import createClient from 'openapi-fetch';
import type { paths as BookingPaths } from './generated/booking-service';
import type { paths as ChatPaths } from './generated/chat-service';
import type { paths as EmailPaths } from './generated/email-ingest-service';
import type { paths as LeadPaths } from './generated/lead-service';
import type { paths as MonitoringPaths } from './generated/monitoring-service';
import type { paths as QuotePaths } from './generated/quote-service';
import { apiFetch, origin } from './http';
import { apiErrorFrom } from './problem';

const options = () => ({ baseUrl: origin(), fetch: (request: Request) => apiFetch(request) });

export const leadApi = createClient<LeadPaths>(options());
export const quoteApi = createClient<QuotePaths>(options());
export const bookingApi = createClient<BookingPaths>(options());
export const emailApi = createClient<EmailPaths>(options());
export const monitoringApi = createClient<MonitoringPaths>(options());
export const chatApi = createClient<ChatPaths>(options());

/** The data of a successful call; a failed one throws ApiError (with the problem+json). */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw apiErrorFrom(response, error);
  return data as T;
}
