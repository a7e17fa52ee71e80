import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { changePassword } from '../../api/auth';
import { ApiError, describeError } from '../../api/problem';
import { Field } from '../../components/Field';
import { showProblem } from '../../components/formProblems';
import { PageTitle } from '../../components/PageTitle';

const schema = z
  .object({
    currentPassword: z.string().min(1, 'Skriv din nuværende adgangskode.'),
    newPassword: z.string().min(1, 'Skriv en ny adgangskode.').max(200, 'Højst 200 tegn.'),
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
  error instanceof ApiError && error.status === 401 ? 'Den nuværende adgangskode er forkert.' : describeError(error);

export function ChangePasswordScreen() {
  const form = useForm<Passwords>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', repeat: '' },
  });
  const { errors } = form.formState;
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Passwords) => changePassword(currentPassword, newPassword),
    onSuccess: () => form.reset(),
    onError: (error) => showProblem(error, form.setError, ['currentPassword', 'newPassword'], message),
  });
  return (
    <section className="narrow">
      <PageTitle title="Skift adgangskode">Skift adgangskode</PageTitle>
      <form noValidate onSubmit={form.handleSubmit((values) => change.mutate(values))}>
        <Field
          label="Nuværende adgangskode"
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword}
          {...form.register('currentPassword')}
        />
        <Field
          label="Ny adgangskode"
          type="password"
          autoComplete="new-password"
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
