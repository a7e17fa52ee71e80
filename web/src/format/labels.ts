// Danish names for the API's codes. An unknown code (a newer service) is shown as it is.

const label = (names: Record<string, string>) => (code: string | null | undefined) =>
  code == null ? '–' : (names[code] ?? code);

export const leadStatusLabel = label({
  NEW: 'Ny',
  MANUAL_REVIEW: 'Til manuel vurdering',
  HISTORICAL: 'Historisk',
  QUALIFIED: 'Kvalificeret',
  CONVERTED: 'Konverteret',
  REJECTED: 'Afvist',
});

export const leadSourceLabel = label({
  RENGORING_NU: 'Rengøring.nu',
  RENGORING_AARHUS: 'Rengøring Aarhus (Leadpoint)',
  ADHELP: 'AdHelp',
  WEBSITE: 'Hjemmesiden',
});

export const serviceTypeLabel = label({
  RECURRING: 'Fast rengøring',
  DEEP_CLEAN: 'Hovedrengøring',
  MOVE_OUT: 'Flytterengøring',
  ONE_OFF: 'Enkeltopgave',
  OFFICE: 'Erhvervsrengøring',
  WINDOWS: 'Vinduespolering',
});

export const frequencyLabel = label({
  WEEKLY: 'Hver uge',
  BIWEEKLY: 'Hver 14. dag',
  MONTHLY: 'Hver måned',
});

export const addOnLabel = label({
  OVEN: 'Ovn',
  FRIDGE: 'Køleskab',
  WINDOWS: 'Vinduer',
  CUPBOARDS: 'Skabe',
});

export const quoteStatusLabel = label({
  NEEDS_DETAILS: 'Mangler oplysninger',
  BLOCKED_DUPLICATE: 'Stoppet: dublet',
  CUSTOM_QUOTE_REQUIRED: 'Kræver særligt tilbud',
  DRAFTED: 'Kladde',
  APPROVED: 'Godkendt, ikke sendt',
  REJECTED: 'Afvist',
  SENT: 'Sendt',
  ACCEPTED: 'Accepteret',
  DECLINED: 'Afslået',
  EXPIRED: 'Udløbet',
});

export const customerKindLabel = label({ PRIVATE: 'Privat', BUSINESS: 'Erhverv' });

export const bookingStatusLabel = label({
  UNSCHEDULED: 'Ikke planlagt',
  TENTATIVE: 'Foreløbig',
  CONFIRMED: 'Bekræftet',
  CANCELLED: 'Aflyst',
});

export const serviceStatusLabel = label({ UP: 'Kører', DOWN: 'Nede', UNKNOWN: 'Ukendt' });

export const connectionStatusLabel = label({
  CONNECTED: 'Forbundet',
  NEEDS_REAUTHORISATION: 'Skal forbindes igen',
});

export const syncPhaseLabel = label({ FULL_SYNC: 'Første synkronisering', INCREMENTAL: 'Løbende' });

export const circuitLabel = label({
  CLOSED: 'Normal',
  OPEN: 'Afbrudt (for mange fejl)',
  HALF_OPEN: 'Prøver igen',
  DISABLED: 'Slået fra',
  FORCED_OPEN: 'Tvunget afbrudt',
  METRICS_ONLY: 'Kun målinger',
});

export const roleLabel = label({ OWNER: 'Ejer', STAFF: 'Kontor', CLEANER: 'Rengøring' });

export const mailLabelLabel = label({
  lead: 'Lead',
  quote_sent: 'Tilbud sendt',
  awaiting_reply: 'Afventer svar',
  booked: 'Booket',
  lost: 'Tabt',
});

export const lineKindLabel = label({
  SERVICE: 'Rengøring',
  ADD_ON: 'Tilvalg',
  FIRST_VISIT_EXTRA: 'Første besøg',
  CUSTOM: 'Egen linje',
});

export const textSourceLabel = label({
  TEMPLATE: 'Skabelonens tekst',
  MODEL: 'Personlig tekst skrevet af sprogmodellen',
  TEMPLATE_AFTER_MODEL_FAILURE: 'Skabelonens tekst: sprogmodellen svarede ikke i tide',
  STAFF: 'Tekst skrevet af personalet',
});
