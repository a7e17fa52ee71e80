import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, describeError } from '../api/problem';

/**
 * Puts a failed request's problem+json on the form: each `errors[].field` the form has is shown at
 * that field (through `fieldMessage`, e.g. to say a service's English message in Danish); what is
 * left becomes the form's own message. The typed values stay (nothing resets). `rename` turns a
 * service's field name into the form's (e.g. `lines[1].hours` into `lines.1.hours`).
 */
export function showProblem<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  messageFor: (error: unknown) => string = describeError,
  fieldMessage: (field: Path<T>, message: string) => string = (_field, message) => message,
  rename: (field: string) => string = (field) => field,
): void {
  let placed = false;
  if (error instanceof ApiError) {
    for (const [field, message] of Object.entries(error.fieldErrors)) {
      const known = fields.find((name) => name === rename(field));
      if (known) {
        setError(known, { type: 'server', message: fieldMessage(known, message) });
        placed = true;
      }
    }
    const unplaced = (error.problem?.errors ?? []).filter((e) => !fields.some((name) => name === rename(e.field)));
    if (placed && unplaced.length === 0) return;
    if (unplaced.length > 0) {
      setError('root.server', { type: 'server', message: unplaced.map((e) => `${e.field}: ${e.message}`).join(' ') });
      return;
    }
  }
  setError('root.server', { type: 'server', message: messageFor(error) });
}
