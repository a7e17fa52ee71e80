// The API's shapes, named once, straight from the generated types.
import type { components as Booking } from './generated/booking-service';
import type { components as Chat } from './generated/chat-service';
import type { components as Email } from './generated/email-ingest-service';
import type { components as Lead } from './generated/lead-service';
import type { components as Monitoring } from './generated/monitoring-service';
import type { components as Quote } from './generated/quote-service';

export type LeadView = Lead['schemas']['LeadView'];
export type CustomerView = Lead['schemas']['CustomerView'];
export type QuoteView = Quote['schemas']['QuoteView'];
export type QuoteEdit = Quote['schemas']['EditRequest'];
export type QuoteLine = Quote['schemas']['LineView'];
export type MailPreview = Quote['schemas']['MailPreview'];
export type QuoteChange = Quote['schemas']['ChangeView'];
export type BookingView = Booking['schemas']['BookingView'];
export type EmailThreadView = Email['schemas']['EmailThreadView'];
export type ThreadWithMessages = Email['schemas']['ThreadWithMessages'];
export type EmailMessageView = Email['schemas']['EmailMessageView'];
export type SyncView = Email['schemas']['View'];
export type MailboxSyncView = Email['schemas']['MailboxSyncView'];
export type ConnectionView = Email['schemas']['ConnectionView'];
export type ReconciliationReport = Email['schemas']['ReconciliationReport'];
export type ServiceState = Monitoring['schemas']['ServiceState'];
export type DeadLetter = Lead['schemas']['DeadLetter'];
export type ConversationView = Chat['schemas']['ConversationView'];
export type PageMetadata = Lead['schemas']['PageMetadata'];

export interface Paged<T> {
  content?: T[];
  page?: PageMetadata;
}
