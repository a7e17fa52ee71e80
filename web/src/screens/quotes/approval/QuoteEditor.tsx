// Staff change a quote before approving it: the visit (persons, hours on site), every price line,
// and the mail's opening and closing text. Only what was touched is sent (a PATCH), because the
// server re-bills what it receives: re-sending untouched lines could change a fixed-price add-on.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import { editQuote } from '../../../api/queries';
import type { QuoteEdit, QuoteView } from '../../../api/types';
import { Field } from '../../../components/Field';
import { showProblem } from '../../../components/formProblems';
import { lineKindLabel } from '../../../format/labels';

type LineKind = NonNullable<NonNullable<QuoteEdit['lines']>[number]['kind']>;

export interface EditorValues {
  persons: number;
  hoursOnSite: number;
  lines: { kind: LineKind; description: string; persons: number; hours: number }[];
  openingText: string;
  closingText: string;
}

const FIELDS: readonly Path<EditorValues>[] = ['persons', 'hoursOnSite', 'openingText', 'closingText'];

/** The form's starting values: the quote as it is now. */
export function valuesOf(quote: QuoteView): EditorValues {
  return {
    persons: quote.persons ?? 1,
    hoursOnSite: quote.hoursOnSite ?? 1,
    lines: (quote.lines ?? []).map((line) => ({
      kind: line.kind ?? 'CUSTOM',
      description: line.description ?? '',
      persons: line.persons ?? 1,
      hours: line.hours ?? 1,
    })),
    openingText: quote.openingText ?? '',
    closingText: quote.closingText ?? '',
  };
}

/** The PATCH body: only the fields the user changed; all lines when any line changed. */
export function changeOf(values: EditorValues, initial: EditorValues): QuoteEdit {
  const change: QuoteEdit = {};
  if (values.persons !== initial.persons) change.persons = values.persons;
  if (values.hoursOnSite !== initial.hoursOnSite) change.hoursOnSite = values.hoursOnSite;
  if (JSON.stringify(values.lines) !== JSON.stringify(initial.lines)) change.lines = values.lines;
  if (values.openingText !== initial.openingText) change.openingText = values.openingText;
  if (values.closingText !== initial.closingText) change.closingText = values.closingText;
  return change;
}

/**
 * quote-service names list items `lines[1].description`; the form calls them `lines.1.description`,
 * and an error about the list as a whole `lines.root`.
 */
export const formField = (field: string) => (field === 'lines' ? 'lines.root' : field.replace(/\[(\d+)]/g, '.$1'));

// The service's messages are English Bean Validation texts; staff read Danish, with the limits.
function danishMessage(field: string): string {
  if (field === 'persons' || field.endsWith('.persons')) return 'Mellem 1 og 10 personer.';
  if (field === 'hoursOnSite') return 'Mellem 0,5 og 24 timer, i halve timer.';
  if (field.endsWith('.hours')) return 'Over 0 og højst 100 timer, i kvarter.';
  if (field.endsWith('.description')) return 'Skriv en beskrivelse (højst 200 tegn).';
  if (field === 'lines.root') return 'Tilbuddet skal have mellem 1 og 30 linjer.';
  if (field === 'openingText' || field === 'closingText') return 'Højst 2000 tegn.';
  return 'Ugyldig værdi.';
}

export function QuoteEditor({ quote, onDone }: { quote: QuoteView; onDone: () => void }) {
  const initial = valuesOf(quote);
  const form = useForm<EditorValues>({ defaultValues: initial });
  const lines = useFieldArray({ control: form.control, name: 'lines' });
  const queryClient = useQueryClient();
  const errors = form.formState.errors;

  const save = useMutation({
    mutationFn: (change: QuoteEdit) => editQuote(quote.id ?? '', change),
    onSuccess: (saved) => {
      queryClient.setQueryData(['quotes', quote.id], saved);
      // The preview and the history are the quote's too: both changed with it.
      void queryClient.invalidateQueries({ queryKey: ['quotes'] });
      onDone();
    },
    onError: (error) => {
      const known: Path<EditorValues>[] = [
        ...FIELDS,
        'lines.root' as Path<EditorValues>,
        ...lines.fields.flatMap(
          (_, i) => [`lines.${i}.description`, `lines.${i}.persons`, `lines.${i}.hours`] as const,
        ),
      ];
      showProblem<EditorValues>(error, form.setError, known, undefined, danishMessage, formField);
    },
  });

  const submit = form.handleSubmit((values) => {
    const change = changeOf(values, initial);
    if (Object.keys(change).length === 0) {
      form.setError('root.server', { type: 'client', message: 'Du har ikke ændret noget.' });
      return;
    }
    save.mutate(change);
  });

  return (
    <form className="quote-editor" onSubmit={submit} noValidate aria-label="Ret tilbuddet">
      <div className="columns">
        <Field
          label="Personer"
          type="number"
          min={1}
          max={10}
          error={errors.persons}
          {...form.register('persons', { valueAsNumber: true })}
        />
        <Field
          label="Timer på stedet"
          type="number"
          min={0.5}
          max={24}
          step={0.5}
          error={errors.hoursOnSite}
          hint="Besøgets længde i kalenderen."
          {...form.register('hoursOnSite', { valueAsNumber: true })}
        />
      </div>
      <fieldset className="lines">
        <legend>Prislinjer</legend>
        {lines.fields.map((line, index) => (
          <div key={line.id} className="line-row" role="group" aria-label={`Linje ${index + 1}`}>
            <span className="line-kind">{lineKindLabel(line.kind)}</span>
            <Field
              label={`Beskrivelse, linje ${index + 1}`}
              error={errors.lines?.[index]?.description}
              {...form.register(`lines.${index}.description`)}
            />
            <Field
              label={`Personer, linje ${index + 1}`}
              type="number"
              min={1}
              max={10}
              error={errors.lines?.[index]?.persons}
              {...form.register(`lines.${index}.persons`, { valueAsNumber: true })}
            />
            <Field
              label={`Timer, linje ${index + 1}`}
              type="number"
              min={0.25}
              step={0.25}
              error={errors.lines?.[index]?.hours}
              {...form.register(`lines.${index}.hours`, { valueAsNumber: true })}
            />
            <button
              type="button"
              className="button"
              disabled={lines.fields.length <= 1}
              onClick={() => lines.remove(index)}
            >
              Fjern linje {index + 1}
            </button>
          </div>
        ))}
        {errors.lines?.root?.message && <p className="field-error">{errors.lines.root.message}</p>}
        <button
          type="button"
          className="button"
          disabled={lines.fields.length >= 30}
          onClick={() => lines.append({ kind: 'CUSTOM', description: '', persons: 1, hours: 1 })}
        >
          Tilføj linje
        </button>
      </fieldset>
      <TextArea label="Indledning i mailen" hint="Tom: skabelonens tekst." name="openingText" form={form} />
      <TextArea label="Afslutning i mailen" hint="Tom: skabelonens tekst." name="closingText" form={form} />
      {errors.root?.server?.message && (
        <p className="form-error" role="alert">
          {errors.root.server.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Gem ændringer
        </button>{' '}
        <button type="button" className="button" onClick={onDone}>
          Fortryd
        </button>
      </div>
    </form>
  );
}

function TextArea({
  label,
  hint,
  name,
  form,
}: {
  label: string;
  hint: string;
  name: 'openingText' | 'closingText';
  form: ReturnType<typeof useForm<EditorValues>>;
}) {
  const error = form.formState.errors[name];
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={`quote-${name}`}>{label}</label>
      <textarea
        id={`quote-${name}`}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={`quote-${name}-hint${error ? ` quote-${name}-error` : ''}`}
        {...form.register(name)}
      />
      <p id={`quote-${name}-hint`} className="field-hint">
        {hint}
      </p>
      {error?.message && (
        <p id={`quote-${name}-error`} className="field-error">
          {error.message}
        </p>
      )}
    </div>
  );
}
