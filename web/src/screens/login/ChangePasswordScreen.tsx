import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { changePassword } from '../../api/auth';
import { ApiError, describeError } from '../../api/problem';
import { homeOf } from '../../app/navigation';
import { ME_QUERY, useUser } from '../../app/session';
import { Field } from '../../components/Field';
import { showProblem } from '../../components/formProblems';
import { PageTitle } from '../../components/PageTitle';
import { danishPasswordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwordProblems';

const schema = z
  .object({
    currentPassword: z.string().min(1, 'Skriv din nuværende adgangskode.'),
    newPassword: z
      .string()
      .min(1, 'Skriv en ny adgangskode.')
      .min(PASSWORD_MIN_LENGTH, `Mindst ${PASSWORD_MIN_LENGTH} tegn.`)
      .max(PASSWORD_MAX_LENGTH, `Højst ${PASSWORD_MAX_LENGTH} tegn.`),
    repeat: z.string(),
  })
  .refine((values) => values.newPassword === values.repeat, {
    path: ['repeat'],
    message: 'De to nye adgangskoder er ikke ens.',
  })
  .refine((values) => values.newPassword !== values.currentPassword, {
    path: ['newPassword'],
    message: 'Den nye adgangskode skal være en anden end den nuværende.',
  });
type Passwords = z.infer<typeof schema>;

const message = (error: unknown) =>
  error instanceof ApiError && error.status === 401 ? 'Du er ikke logget ind længere. Log ind igen.' : describeError(error);

/**
 * Skift adgangskode (POST /api/auth/password). The gateway keeps this session and ends the user's
 * others. After an owner's reset it is the only screen the user can open; once changed, the app
 * reads "me" again and opens the user's start page.
 */
export function ChangePasswordScreen() {
  const user = useUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const required = user.passwordChangeRequired === true;
  const form = useForm<Passwords>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', repeat: '' },
  });
  const { errors } = form.formState;
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Passwords) => changePassword(currentPassword, newPassword),
    onSuccess: async () => {
      form.reset();
      if (required) {
        await queryClient.refetchQueries({ queryKey: ME_QUERY });
        navigate(homeOf(user.role), { replace: true });
      }
    },
    onError: (error) =>
      showProblem(error, form.setError, ['currentPassword', 'newPassword'], message, (_field, text) =>
        danishPasswordProblem(text),
      ),
  });
  return (
    <section className="narrow">
      <PageTitle title="Skift adgangskode">Skift adgangskode</PageTitle>
      {required && (
        <p className="notice" role="note">
          Din adgangskode er nulstillet. Vælg en ny, før du fortsætter.
        </p>
      )}
      <form noValidate onSubmit={form.handleSubmit((values) => change.mutate(values))}>
        <Field
          label={required ? 'Engangsadgangskode' : 'Nuværende adgangskode'}
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword}
          {...form.register('currentPassword')}
        />
        <Field
          label="Ny adgangskode"
          type="password"
          autoComplete="new-password"
          hint={`Mindst ${PASSWORD_MIN_LENGTH} tegn. En sætning på flere ord er nem at huske og svær at gætte.`}
          error={errors.newPassword}
          {...form.register('newPassword')}
        />
        <Field
          label="Gentag ny adgangskode"
          type="password"
          autoComplete="new-password"
          error={errors.repeat}
          {...form.register('repeat')}
        />
        {errors.root?.server && (
          <p className="form-error" role="alert">
            {errors.root.server.message}
          </p>
        )}
        {change.isSuccess && (
          <p className="form-success" role="status">
            Adgangskoden er skiftet.
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={change.isPending}>
          Skift adgangskode
        </button>
      </form>
    </section>
  );
}
