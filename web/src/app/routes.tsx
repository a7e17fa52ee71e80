// The app's routes. Every screen is its own chunk (React.lazy), loaded when first opened, so the
// first load carries only the shell, the router, TanStack Query and the screen a visit lands on.
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { Role } from '../api/auth';
import { Navigate, useRouteError, type RouteObject } from 'react-router';
import { ErrorState } from '../components/States';
import { PageTitle } from '../components/PageTitle';
import { AppShell } from './AppShell';
import { Page, RequireSignIn, Screen } from './guards';
import { EVERYONE, homeOf, OFFICE, OWNER_ONLY } from './navigation';
import { useUser } from './session';

const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const LoginScreen = named(() => import('../screens/login/LoginScreen'), 'LoginScreen');
const ChangePasswordScreen = named(() => import('../screens/login/ChangePasswordScreen'), 'ChangePasswordScreen');
const TodayScreen = named(() => import('../screens/today/TodayScreen'), 'TodayScreen');
const LeadsScreen = named(() => import('../screens/leads/LeadsScreen'), 'LeadsScreen');
const LeadScreen = named(() => import('../screens/leads/LeadScreen'), 'LeadScreen');
const CustomersScreen = named(() => import('../screens/customers/CustomersScreen'), 'CustomersScreen');
const CustomerScreen = named(() => import('../screens/customers/CustomerScreen'), 'CustomerScreen');
const MailScreen = named(() => import('../screens/mail/MailScreen'), 'MailScreen');
const ThreadScreen = named(() => import('../screens/mail/ThreadScreen'), 'ThreadScreen');
const QuotesScreen = named(() => import('../screens/quotes/QuotesScreen'), 'QuotesScreen');
const QuoteScreen = named(() => import('../screens/quotes/QuoteScreen'), 'QuoteScreen');
const CalendarScreen = named(() => import('../screens/calendar/CalendarScreen'), 'CalendarScreen');
const AssistantScreen = named(() => import('../screens/assistant/AssistantScreen'), 'AssistantScreen');
const SystemScreen = named(() => import('../screens/system/SystemScreen'), 'SystemScreen');

function Home() {
  const user = useUser();
  if (homeOf(user.role) !== '/') return <Navigate to={homeOf(user.role)} replace />;
  return (
    <Screen roles={OFFICE}>
      <TodayScreen />
    </Screen>
  );
}

function NotFound() {
  return (
    <section>
      <PageTitle title="Siden findes ikke">Siden findes ikke</PageTitle>
      <p>Der er ingen side på denne adresse. Vælg en side i menuen.</p>
    </section>
  );
}

function RouteError() {
  const error = useRouteError();
  return (
    <section>
      <PageTitle title="Fejl">Noget gik galt</PageTitle>
      <ErrorState error={error} onRetry={() => window.location.reload()} />
    </section>
  );
}

const screen = (roles: readonly Role[], element: ReactNode) => (
  <Screen roles={roles}>{element}</Screen>
);

export const routes: RouteObject[] = [
  {
    path: '/log-ind',
    element: (
      <Page>
        <LoginScreen />
      </Page>
    ),
    errorElement: <RouteError />,
  },
  {
    element: <RequireSignIn />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppShell />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Home /> },
          { path: 'leads', element: screen(OFFICE, <LeadsScreen />) },
          { path: 'leads/:id', element: screen(OFFICE, <LeadScreen />) },
          { path: 'kunder', element: screen(OFFICE, <CustomersScreen />) },
          { path: 'kunder/:id', element: screen(OFFICE, <CustomerScreen />) },
          { path: 'mail', element: screen(OFFICE, <MailScreen />) },
          { path: 'mail/:id', element: screen(OFFICE, <ThreadScreen />) },
          { path: 'tilbud', element: screen(OFFICE, <QuotesScreen />) },
          { path: 'tilbud/:id', element: screen(OFFICE, <QuoteScreen />) },
          { path: 'kalender', element: screen(EVERYONE, <CalendarScreen />) },
          { path: 'assistent', element: screen(OFFICE, <AssistantScreen />) },
          { path: 'system', element: screen(OWNER_ONLY, <SystemScreen />) },
          { path: 'adgangskode', element: screen(EVERYONE, <ChangePasswordScreen />) },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
