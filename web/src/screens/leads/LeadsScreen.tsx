import { Link } from 'react-router';
import { useLeads } from '../../api/queries';
import { Badge } from '../../components/Badge';
import { PageTitle } from '../../components/PageTitle';
import { Pager, PAGE_SIZE, usePageNumber } from '../../components/Pager';
import { QueryView } from '../../components/States';
import { formatDateTime } from '../../format/danish';
import { leadSourceLabel, leadStatusLabel, serviceTypeLabel } from '../../format/labels';
import { leadTone } from './leadTone';

/** The lead inbox, newest first. lead-service lists by page only; filters come with its next API. */
export function LeadsScreen() {
  const page = usePageNumber();
  const leads = useLeads(page, PAGE_SIZE);
  return (
    <section>
      <PageTitle title="Leads">Leads</PageTitle>
      <QueryView
        query={leads}
        loading="Henter leads…"
        isEmpty={(data) => (data.content ?? []).length === 0}
        empty="Der er ingen leads endnu. De kommer, når der lander en henvendelse i indbakken."
      >
        {(data) => (
          <>
            <table className="table">
              <caption className="visually-hidden">Leads, nyeste først</caption>
              <thead>
                <tr>
                  <th scope="col">Modtaget</th>
                  <th scope="col">Opgave</th>
                  <th scope="col">Kilde</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {(data.content ?? []).map((lead) => (
                  <tr key={lead.id}>
                    <td>{formatDateTime(lead.receivedAt)}</td>
                    <td>
                      <Link to={`/leads/${lead.id}`}>{lead.summary || serviceTypeLabel(lead.serviceType)}</Link>
                    </td>
                    <td>{leadSourceLabel(lead.source)}</td>
                    <td>
                      <Badge tone={leadTone(lead.status)}>{leadStatusLabel(lead.status)}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager page={data.page} label="leads" />
          </>
        )}
      </QueryView>
    </section>
  );
}
