import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { fetchMe, fetchProviders, GOOGLE_SIGN_IN, login } from '../../api/auth';
import { ApiError, describeError } from '../../api/problem';
import { homeOf } from '../../app/navigation';
import { ME_QUERY, useMe } from '../../app/session';
import { Field } from '../../components/Field';
import { showProblem } from '../../components/formProblems';
import { PageTitle } from '../../components/PageTitle';
import { Loading } from '../../components/States';

const schema = z.object({
  username: z.string().trim().min(1, 'Skriv dit brugernavn.').max(100, 'Højst 100 tegn.'),
  password: z.string().min(1, 'Skriv din adgangskode.').max(200, 'Højst 200 tegn.'),
});
type Credentials = z.infer<typeof schema>;

/** Only the app's own paths: ?next= must not send anyone to another site. */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/log-ind') ? next : null;
}

const signInMessage = (error: unknown): string => {
  if (error instanceof ApiError && error.status === 401) return 'Forkert brugernavn eller adgangskode.';
  if (error instanceof ApiError && error.status === 429) {
    return error.retryAfterSeconds
      ? `For mange forsøg. Prøv igen om ${error.retryAfterSeconds} sekunder.`
      : 'For mange forsøg. Vent lidt og prøv igen.';
  }
  return describeError(error);
};

export function LoginScreen() {
  const me = useMe();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const providers = useQuery({ queryKey: ['auth', 'providers'], queryFn: fetchProviders, staleTime: Infinity });
  const form = useForm<Credentials>({ resolver: zodResolver(schema), defaultValues: { username: '', password: '' } });
  const { errors } = form.formState;

  const signIn = useMutation({
    mutationFn: ({ username, password }: Credentials) => login(username, password),
    onSuccess: async () => {
      const user = await queryClient.fetchQuery({ queryKey: ME_QUERY, queryFn: fetchMe, staleTime: 0 });
      navigate(next ?? (user ? homeOf(user.role) : '/'), { replace: true });
    },
    onError: (error) => showProblem(error, form.setError, ['username', 'password'], signInMessage),
  });

  if (me.isPending) return <Loading label="Henter…" />;
  if (me.data && !signIn.isPending) return <Navigate to={next ?? homeOf(me.data.role)} replace />;

  return (
    <main id="indhold" className="login">
      <div className="login-card">
        <p className="brand brand-large" aria-hidden="true">
          RenOS
        </p>
        <PageTitle title="Log ind">Log ind</PageTitle>
        <form noValidate onSubmit={form.handleSubmit((values) => signIn.mutate(values))}>
          <Field label="Brugernavn" autoComplete="username" error={errors.username} {...form.register('username')} />
          <Field
            label="Adgangskode"
            type="password"
            autoComplete="current-password"
            error={errors.password}
            {...form.register('password')}
          />
          {errors.root?.server && (
            <p className="form-error" role="alert">
              {errors.root.server.message}
            </p>
          )}
          <button type="submit" className="button button-primary" disabled={signIn.isPending}>
            {signIn.isPending ? 'Logger ind…' : 'Log ind'}
          </button>
        </form>
        {providers.data?.google === true && (
          <p className="login-alternative">
            <a className="button" href={GOOGLE_SIGN_IN}>
              Log ind med Google
            </a>
          </p>
        )}
      </div>
    </main>
  );
}
