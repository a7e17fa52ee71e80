import type { ReactNode } from 'react';

/** A definition list of label → value rows; rows without a value are left out. */
export function Details({ rows }: { rows: ReadonlyArray<readonly [string, ReactNode]> }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '' && value !== '–');
  return (
    <dl className="details">
      {shown.map(([label, value]) => (
        <div key={label} className="details-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
