// Mail: search the threads email-ingest-service has stored (its filters: words, participant,
// label, period) and open one. The search lives in the URL, so a search can be linked and "back"
// returns to it; the form keeps what was typed when the service refuses it.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ApiError } from '../../api/problem';
import { useThreads, type ThreadSearch } from '../../api/queries';
import { Field } from '../../components/Field';
import { showProblem } from '../../components/formProblems';
import { PageTitle } from '../../components/PageTitle';
import { Pager, PAGE_SIZE, usePageNumber } from '../../components/Pager';
import { QueryView } from '../../components/States';
import { copenhagenStartOfDay, formatDateTime, nextDay } from '../../format/danish';
import { mailLabelLabel } from '../../format/labels';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const schema = z
  .object({
    q: z.string().trim().max(200, 'Højst 200 tegn.'),
    participant: z.string().trim().max(320, 'Højst 320 tegn.'),
    label: z.string().max(100),
    from: z.string().refine((v) => v === '' || DAY.test(v), 'Skriv en dato.'),
    to: z.string().refine((v) => v === '' || DAY.test(v), 'Skriv en dato.'),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], message: 'Til-datoen skal være efter fra-datoen.' });
export type MailSearchForm = z.infer<typeof schema>;

const FIELDS = ['q', 'participant', 'label', 'from', 'to'] as const;
export const LABELS = ['lead', 'quote_sent', 'awaiting_reply', 'booked', 'lost'] as const;

const formFromParams = (params: URLSearchParams): MailSearchForm => ({
  q: params.get('q') ?? '',
  participant: params.get('participant') ?? '',
  label: params.get('label') ?? '',
  from: params.get('from') ?? '',
  to: params.get('to') ?? '',
});

/** The form's Copenhagen days as the API's instants: from the start of "from" to the end of "to". */
export function toThreadSearch(form: MailSearchForm): ThreadSearch {
  const search: ThreadSearch = {};
  if (form.q) search.q = form.q;
  if (form.participant) search.participant = form.participant;
  if (form.label) search.label = form.label;
  if (form.from && DAY.test(form.from)) search.from = copenhagenStartOfDay(form.from);
  if (form.to && DAY.test(form.to)) search.to = copenhagenStartOfDay(nextDay(form.to));
  return search;
}

export function MailScreen() {
  const [params, setParams] = useSearchParams();
  const page = usePageNumber();
  const current = formFromParams(params);
  const threads = useThreads(toThreadSearch(current), page, PAGE_SIZE);
  const form = useForm<MailSearchForm>({ resolver: zodResolver(schema), defaultValues: current });
  const { errors } = form.formState;
  const labelId = useId();

  // A 400 is about the search itself: shown at the fields. Any other failure is the list's error.
  const refused = threads.error instanceof ApiError && threads.error.status === 400;
  useEffect(() => {
    if (refused) showProblem(threads.error, form.setError, FIELDS);
  }, [refused, threads.error, form.setError]);

  const search = (values: MailSearchForm) => {
    const next = new URLSearchParams();
    for (const field of FIELDS) if (values[field]) next.set(field, values[field].trim());
    form.clearErrors();
    setParams(next);
  };

  return (
    <section>
      <PageTitle title="Mail">Mail</PageTitle>
      <form className="search" role="search" aria-label="Søg i mail" noValidate onSubmit={form.handleSubmit(search)}>
        <Field label="Ord i emne eller tekst" type="search" error={errors.q} {...form.register('q')} />
        <Field label="Afsender eller modtager" hint="En adresse eller en del af den" error={errors.participant} {...form.register('participant')} />
        <div className={`field${errors.label ? ' field-invalid' : ''}`}>
          <label htmlFor={labelId}>Mærkat</label>
          <select id={labelId} aria-invalid={errors.label ? true : undefined} {...form.register('label')}>
            <option value="">Alle</option>
            {LABELS.map((label) => (
              <option key={label} value={label}>
                {mailLabelLabel(label)}
              </option>
            ))}
          </select>
          {errors.label?.message && <p className="field-error">{errors.label.message}</p>}
        </div>
        <Field label="Fra dato" type="date" error={errors.from} {...form.register('from')} />
        <Field label="Til dato" type="date" error={errors.to} {...form.register('to')} />
        <div className="search-actions">
          <button type="submit" className="button button-primary">
            Søg
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              form.reset({ q: '', participant: '', label: '', from: '', to: '' });
              setParams(new URLSearchParams());
            }}
          >
            Nulstil
          </button>
        </div>
        {errors.root?.server && (
          <p className="form-error" role="alert">
            {errors.root.server.message}
          </p>
        )}
      </form>
      {refused ? null : (
        <QueryView
          query={threads}
          loading="Søger…"
          isEmpty={(data) => (data.content ?? []).length === 0}
          empty={params.toString() ? 'Ingen tråde passer til søgningen.' : 'Der er ingen mail endnu.'}
        >
          {(data) => (
            <>
              <p className="muted" aria-live="polite">
                {data.page?.totalElements} tråde
              </p>
              <table className="table">
                <caption className="visually-hidden">Mailtråde, seneste aktivitet først</caption>
                <thead>
                  <tr>
                    <th scope="col">Emne</th>
                    <th scope="col">Beskeder</th>
                    <th scope="col">Seneste</th>
                  </tr>
                </thead>
                <tbody>
                  {(data.content ?? []).map((thread) => (
                    <tr key={thread.id}>
                      <td>
                        <Link to={`/mail/${thread.id}`}>{thread.subject || '(intet emne)'}</Link>
                      </td>
                      <td>{thread.messageCount}</td>
                      <td>{formatDateTime(thread.lastMessageAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager page={data.page} label="mailtråde" />
            </>
          )}
        </QueryView>
      )}
    </section>
  );
}
