// Every change staff made to the quote: who, when, and what changed from what to what. The service
// keeps whole before/after snapshots; this shows the fields that differ, in Danish.
import { useQuoteChanges } from '../../../api/queries';
import type { QuoteChange } from '../../../api/types';
import { formatDateTime, formatKroner, formatNumber } from '../../../format/danish';
import { customerKindLabel } from '../../../format/labels';

type Snapshot = Record<string, unknown>;
type Line = { description?: string; persons?: number; hours?: number };

const FIELD_NAMES: Record<string, string> = {
  customerKind: 'Kundetype',
  persons: 'Personer',
  hoursOnSite: 'Timer på stedet',
  visitMinutes: 'Besøgets længde',
  lines: 'Prislinjer',
  openingText: 'Indledning',
  closingText: 'Afslutning',
  priceInclVatOre: 'Pris inkl. moms',
  labourDeductionOre: 'Servicefradrag',
  priceAfterDeductionOre: 'Pris efter servicefradrag',
};

function shown(field: string, value: unknown): string {
  if (value == null || value === '') return field.endsWith('Text') ? 'skabelonens tekst' : '–';
  if (field.endsWith('Ore')) return formatKroner(Number(value));
  if (field === 'customerKind') return customerKindLabel(String(value));
  if (field === 'visitMinutes') return `${String(value)} min.`;
  if (field === 'lines') {
    return (value as Line[])
      .map((line) => `${line.description ?? ''} (${line.persons ?? '?'} × ${formatNumber(line.hours ?? 0)} t)`)
      .join('; ');
  }
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

/** The fields that differ between two snapshots, in the order of FIELD_NAMES. */
export function differences(change: QuoteChange): { field: string; before: string; after: string }[] {
  const before = (change.before ?? {}) as Snapshot;
  const after = (change.after ?? {}) as Snapshot;
  return Object.keys(FIELD_NAMES)
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field: FIELD_NAMES[field] ?? field, before: shown(field, before[field]), after: shown(field, after[field]) }));
}

export function QuoteChanges({ quoteId }: { quoteId: string }) {
  const changes = useQuoteChanges(quoteId);
  const content = changes.data?.content ?? [];
  if (content.length === 0) return null;
  return (
    <section aria-labelledby="quote-changes-title">
      <h2 id="quote-changes-title">Ændringer</h2>
      <ol className="rows changes">
        {content.map((change) => (
          <li key={change.id}>
            <p className="muted">
              {formatDateTime(change.changedAt)}, {change.changedBy}
            </p>
            <ul>
              {differences(change).map((difference) => (
                <li key={difference.field}>
                  {difference.field}: {difference.before} → {difference.after}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
