// API answers shaped by the generated types, so a changed API breaks these fixtures at type-check.
import type { BookingView, CustomerView, EmailMessageView, EmailThreadView, LeadView, QuoteView } from '../api/types';

export const CUSTOMER: CustomerView = {
  id: '7c0e8f3a-0000-4000-8000-000000000001',
  name: 'Camilla Vestergaard',
  email: 'camilla.v@example.com',
  phone: '+4526112233',
  address: 'Solsikkevej 4, 8000 Aarhus C',
  createdAt: '2026-03-20T09:00:00Z',
};

export const LEAD: LeadView = {
  id: '11111111-0000-4000-8000-000000000001',
  source: 'WEBSITE',
  status: 'NEW',
  serviceType: 'RECURRING',
  frequency: 'BIWEEKLY',
  areaSqm: 120,
  rooms: '4',
  propertyType: 'Hus',
  addOns: ['OVEN'],
  extras: [],
  customerId: CUSTOMER.id,
  threadId: '33333333-0000-4000-8000-000000000001',
  summary: 'Fast rengøring, 120 m², hver 14. dag',
  receivedAt: '2026-03-24T07:15:00Z',
  createdAt: '2026-03-24T07:15:02Z',
};

export const QUOTE: QuoteView = {
  id: '22222222-0000-4000-8000-000000000001',
  leadId: LEAD.id,
  customerId: CUSTOMER.id,
  status: 'DRAFTED',
  serviceType: 'RECURRING',
  frequency: 'BIWEEKLY',
  customerKind: 'PRIVATE',
  areaSqm: 120,
  addOns: ['OVEN'],
  persons: 2,
  hoursOnSite: 1.5,
  personHours: 3,
  priceInclVatOre: 104_700,
  vatOre: 20_940,
  labourDeductionOre: 27_222,
  priceAfterDeductionOre: 77_478,
  visitMinutes: 90,
  explanation: ['120 m² fast rengøring: 3 mandetimer', '349 kr. pr. mandetime inkl. moms'],
  duplicateWarning: false,
  createdAt: '2026-03-24T07:15:05Z',
  updatedAt: '2026-03-24T07:15:05Z',
};

export const BOOKING: BookingView = {
  id: '44444444-0000-4000-8000-000000000001',
  quoteId: QUOTE.id,
  customerId: CUSTOMER.id,
  status: 'CONFIRMED',
  startsAt: '2026-03-24T07:00:00Z',
  endsAt: '2026-03-24T08:30:00Z',
  createdAt: '2026-03-23T10:00:00Z',
};

export const THREAD: EmailThreadView = {
  id: LEAD.threadId,
  subject: 'Tilbud på rengøring',
  messageCount: 1,
  firstMessageAt: '2026-03-24T07:15:00Z',
  lastMessageAt: '2026-03-24T07:15:00Z',
  createdAt: '2026-03-24T07:15:01Z',
};

export const MESSAGE: EmailMessageView = {
  id: '55555555-0000-4000-8000-000000000001',
  threadId: LEAD.threadId,
  fromName: 'Camilla Vestergaard',
  fromAddress: 'camilla.v@example.com',
  to: ['kontakt@firma.dk'],
  subject: 'Tilbud på rengøring',
  bodyText: 'Hej\n\nVi vil gerne have et tilbud på fast rengøring af vores hus på 120 m².\n\n<b>ikke fed</b>',
  direction: 'INBOUND',
  receivedAt: '2026-03-24T07:15:00Z',
  attachments: [{ filename: 'plantegning.pdf', mimeType: 'application/pdf', sizeBytes: 234_000, inline: false }],
};
