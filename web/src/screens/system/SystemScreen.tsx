// System (owner): the services' health from monitoring-service, Gmail sync and connections from
// email-ingest-service, and every service's dead letters with replay.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../../api/problem';
import {
  DEAD_LETTER_SERVICES,
  replayDeadLetter,
  useDeadLetters,
  useGmailConnections,
  useGmailSync,
  useReconciliation,
  useServices,
  type DeadLetterService,
} from '../../api/queries';
import type { DeadLetter, MailboxSyncView } from '../../api/types';
import { Badge, type Tone } from '../../components/Badge';
import { PageTitle } from '../../components/PageTitle';
import { QueryView } from '../../components/States';
import { formatDateTime, formatNumber } from '../../format/danish';
import { circuitLabel, connectionStatusLabel, serviceStatusLabel, syncPhaseLabel } from '../../format/labels';

const statusTone = (status: string | undefined): Tone => (status === 'UP' ? 'good' : status === 'DOWN' ? 'bad' : 'neutral');

export function SystemScreen() {
  return (
    <section>
      <PageTitle title="System">System</PageTitle>
      <Services />
      <Gmail />
      <DeadLetters />
    </section>
  );
}

function Services() {
  const services = useServices();
  return (
    <section aria-labelledby="tjenester">
      <h2 id="tjenester">Tjenester</h2>
      <QueryView query={services} loading="Henter driftsstatus…" isEmpty={(list) => list.length === 0} empty="monitoring-service kender ingen tjenester.">
        {(list) => (
          <table className="table">
            <caption className="visually-hidden">Tjenesternes status fra monitoring-service</caption>
            <thead>
              <tr>
                <th scope="col">Tjeneste</th>
                <th scope="col">Status</th>
                <th scope="col" className="number">
                  Svartid
                </th>
                <th scope="col">Tjekket</th>
                <th scope="col">Detalje</th>
              </tr>
            </thead>
            <tbody>
              {list.map((service) => (
                <tr key={service.name}>
                  <td>{service.name}</td>
                  <td>
                    <Badge tone={statusTone(service.status)}>{serviceStatusLabel(service.status)}</Badge>
                  </td>
                  <td className="number">{service.latencyMs != null ? `${service.latencyMs} ms` : '–'}</td>
                  <td className="nowrap">{formatDateTime(service.lastCheckedAt)}</td>
                  <td>{service.detail ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </section>
  );
}

function syncProgress(mailbox: MailboxSyncView): string {
  const full = mailbox.fullSync;
  if (mailbox.phase !== 'FULL_SYNC' || !full) return `Senest ${formatDateTime(mailbox.lastSyncedAt)}`;
  const percent = full.percent != null ? `${formatNumber(Math.round(full.percent * 10) / 10)} %` : '';
  return `${full.done ?? 0} af ${full.total ?? '?'} beskeder ${percent}`.trim();
}

function Gmail() {
  const sync = useGmailSync();
  const connections = useGmailConnections();
  const reconciliation = useReconciliation();
  return (
    <section aria-labelledby="gmail">
      <h2 id="gmail">Gmail</h2>
      <h3>Synkronisering</h3>
      <QueryView query={sync} loading="Henter synkronisering…">
        {(view) => (
          <>
            <p>
              Forbindelse til Gmail:{' '}
              <Badge tone={(view.circuitBreaker ?? 'CLOSED') === 'CLOSED' ? 'good' : 'bad'}>{circuitLabel(view.circuitBreaker ?? 'CLOSED')}</Badge>
            </p>
            {(view.mailboxes ?? []).length === 0 ? (
              <p className="state state-empty">Ingen Gmail-postkasse er forbundet. RenOS læser kun den lokale postkasse.</p>
            ) : (
              <table className="table">
                <caption className="visually-hidden">Postkassernes synkronisering</caption>
                <thead>
                  <tr>
                    <th scope="col">Postkasse</th>
                    <th scope="col">Forbindelse</th>
                    <th scope="col">Fase</th>
                    <th scope="col">Fremskridt</th>
                    <th scope="col">Seneste fejl</th>
                  </tr>
                </thead>
                <tbody>
                  {(view.mailboxes ?? []).map((mailbox) => (
                    <tr key={mailbox.connectionId}>
                      <td>{mailbox.mailbox}</td>
                      <td>
                        <Badge tone={mailbox.connectionStatus === 'CONNECTED' ? 'good' : 'bad'}>{connectionStatusLabel(mailbox.connectionStatus)}</Badge>
                      </td>
                      <td>{syncPhaseLabel(mailbox.phase)}</td>
                      <td>{syncProgress(mailbox)}</td>
                      <td>{mailbox.lastError ? `${formatDateTime(mailbox.lastErrorAt)}: ${mailbox.lastError}` : 'Ingen'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </QueryView>
      <h3>Forbindelser</h3>
      <QueryView query={connections} loading="Henter forbindelser…" isEmpty={(list) => list.length === 0} empty="Ingen forbindelser.">
        {(list) => (
          <ul className="rows">
            {list.map((connection) => (
              <li key={connection.id}>
                {connection.mailbox} ({connection.kind === 'OAUTH' ? 'OAuth' : 'tjenestekonto'}){' '}
                <Badge tone={connection.status === 'CONNECTED' ? 'good' : 'bad'}>{connectionStatusLabel(connection.status)}</Badge>
                {connection.statusReason && <span className="muted"> {connection.statusReason}</span>}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <h3>Afstemning med Gmail</h3>
      <QueryView query={reconciliation} loading="Henter afstemning…" isEmpty={(list) => list.length === 0} empty="Ingen afstemning endnu.">
        {(list) => (
          <ul className="rows">
            {list.map((report) => (
              <li key={`${report.connectionId}-${report.checkedAt}`}>
                {formatDateTime(report.checkedAt)}: {report.gmailCount} i Gmail, {report.storedCount} gemt, {report.missingCount} manglede,{' '}
                {report.repairedCount} hentet
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

function DeadLetters() {
  return (
    <section aria-labelledby="doede-beskeder">
      <h2 id="doede-beskeder">Døde beskeder</h2>
      <p className="muted">Hændelser en tjeneste ikke kunne behandle efter flere forsøg. Afspil en, når fejlen er rettet.</p>
      {DEAD_LETTER_SERVICES.map((service) => (
        <ServiceDeadLetters key={service} service={service} />
      ))}
    </section>
  );
}

function ServiceDeadLetters({ service }: { service: DeadLetterService }) {
  const letters = useDeadLetters(service);
  return (
    <section aria-label={`Døde beskeder i ${service}`} className="subsection">
      <h3>{service}</h3>
      <QueryView query={letters} loading="Henter…" isEmpty={(page) => (page.content ?? []).length === 0} empty="Ingen døde beskeder.">
        {(page) => (
          <table className="table">
            <caption className="visually-hidden">Døde beskeder i {service}</caption>
            <thead>
              <tr>
                <th scope="col">Død</th>
                <th scope="col">Hændelse</th>
                <th scope="col">Fejl</th>
                <th scope="col">Handling</th>
              </tr>
            </thead>
            <tbody>
              {(page.content ?? []).map((letter) => (
                <tr key={`${letter.partition}-${letter.offset}`}>
                  <td className="nowrap">{formatDateTime(letter.deadAt)}</td>
                  <td>
                    {letter.ceType ?? 'ukendt'}
                    <br />
                    <span className="muted">
                      {letter.originalTopic} {letter.originalPartition}/{letter.originalOffset}
                    </span>
                  </td>
                  <td className="failure">{letter.failure}</td>
                  <td>
                    <Replay service={service} letter={letter} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </section>
  );
}

function Replay({ service, letter }: { service: DeadLetterService; letter: DeadLetter }) {
  const [confirming, setConfirming] = useState(false);
  const queryClient = useQueryClient();
  const replay = useMutation({
    mutationFn: () => replayDeadLetter(service, letter),
    onSuccess: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ['dead-letters', service] });
    },
  });
  if (replay.isSuccess) return <span role="status">Afspillet</span>;
  return (
    <>
      {confirming ? (
        <span role="group" aria-label="Bekræft afspilning">
          <button type="button" className="button button-primary" disabled={replay.isPending} onClick={() => replay.mutate()}>
            Afspil nu
          </button>{' '}
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Fortryd
          </button>
        </span>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Afspil igen
        </button>
      )}
      {replay.isError && (
        <p className="form-error" role="alert">
          {describeError(replay.error)}
        </p>
      )}
    </>
  );
}
