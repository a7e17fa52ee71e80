// Approve (the prepared mail goes to sending) or reject with a reason. Both are final for the
// draft, so each asks once more; a refusal from quote-service (409) is said in Danish.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, describeError } from '../../../api/problem';
import { approveQuote, rejectQuote } from '../../../api/queries';
import type { QuoteView } from '../../../api/types';
import { showProblem } from '../../../components/formProblems';

function refusal(error: unknown, what: string): string {
  if (error instanceof ApiError && error.status === 409) {
    return `Tilbuddet kan ikke ${what} lige nu: ${error.problem?.detail ?? 'det er ændret imens'}. Hent siden igen.`;
  }
  return describeError(error);
}

export function ApprovalActions({ quote }: { quote: QuoteView }) {
  const [step, setStep] = useState<'idle' | 'approve' | 'reject'>('idle');
  const queryClient = useQueryClient();
  const done = (saved: QuoteView) => {
    queryClient.setQueryData(['quotes', quote.id], saved);
    void queryClient.invalidateQueries({ queryKey: ['quotes'] });
    setStep('idle');
  };
  const approve = useMutation({ mutationFn: () => approveQuote(quote.id ?? ''), onSuccess: done });
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const reject = useMutation({
    mutationFn: (reason: string) => rejectQuote(quote.id ?? '', reason),
    onSuccess: done,
    onError: (error) =>
      showProblem(error, form.setError, ['reason'], (e) => refusal(e, 'afvises'), () => 'Skriv en begrundelse (højst 500 tegn).'),
  });
  if (quote.status !== 'DRAFTED') return null;

  return (
    <div className="actions approval-actions">
      {step === 'idle' && (
        <>
          <button type="button" className="button button-primary" onClick={() => setStep('approve')}>
            Godkend og send
          </button>{' '}
          <button type="button" className="button" onClick={() => setStep('reject')}>
            Afvis
          </button>
        </>
      )}
      {step === 'approve' && (
        <div className="confirm" role="group" aria-label="Bekræft godkendelse">
          <p>Mailen sendes præcis som vist. Godkend tilbuddet?</p>
          <button type="button" className="button button-primary" disabled={approve.isPending} onClick={() => approve.mutate()}>
            Ja, godkend
          </button>{' '}
          <button type="button" className="button" onClick={() => setStep('idle')}>
            Fortryd
          </button>
        </div>
      )}
      {step === 'reject' && (
        <form
          className="confirm"
          aria-label="Afvis tilbuddet"
          noValidate
          onSubmit={form.handleSubmit(({ reason }) => {
            if (!reason.trim()) {
              form.setError('reason', { type: 'required', message: 'Skriv en begrundelse (højst 500 tegn).' });
              return;
            }
            reject.mutate(reason.trim());
          })}
        >
          <div className={`field${form.formState.errors.reason ? ' field-invalid' : ''}`}>
            <label htmlFor="reject-reason">Begrundelse</label>
            <textarea
              id="reject-reason"
              rows={3}
              maxLength={500}
              aria-invalid={form.formState.errors.reason ? true : undefined}
              aria-describedby={form.formState.errors.reason ? 'reject-reason-error' : undefined}
              {...form.register('reason')}
            />
            {form.formState.errors.reason?.message && (
              <p id="reject-reason-error" className="field-error">
                {form.formState.errors.reason.message}
              </p>
            )}
          </div>
          {form.formState.errors.root?.server?.message && (
            <p className="form-error" role="alert">
              {form.formState.errors.root.server.message}
            </p>
          )}
          <button type="submit" className="button button-primary" disabled={reject.isPending}>
            Afvis tilbuddet
          </button>{' '}
          <button type="button" className="button" onClick={() => setStep('idle')}>
            Fortryd
          </button>
        </form>
      )}
      {approve.error && (
        <p className="form-error" role="alert">
          {refusal(approve.error, 'godkendes')}
        </p>
      )}
    </div>
  );
}
