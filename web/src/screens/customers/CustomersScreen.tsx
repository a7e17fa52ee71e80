import { Link } from 'react-router';
import { useCustomers } from '../../api/queries';
import { PageTitle } from '../../components/PageTitle';
import { Pager, PAGE_SIZE, usePageNumber } from '../../components/Pager';
import { QueryView } from '../../components/States';
import { formatDate, formatPhone } from '../../format/danish';

export function CustomersScreen() {
  const page = usePageNumber();
  const customers = useCustomers(page, PAGE_SIZE);
  return (
    <section>
      <PageTitle title="Kunder">Kunder</PageTitle>
      <QueryView
        query={customers}
        loading="Henter kunder…"
        isEmpty={(data) => (data.content ?? []).length === 0}
        empty="Der er ingen kunder endnu. En kunde oprettes med sit første lead."
      >
        {(data) => (
          <>
            <table className="table">
              <caption className="visually-hidden">Kunder, nyeste først</caption>
              <thead>
                <tr>
                  <th scope="col">Navn</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Telefon</th>
                  <th scope="col">Adresse</th>
                  <th scope="col">Oprettet</th>
                </tr>
              </thead>
              <tbody>
                {(data.content ?? []).map((customer) => (
                  <tr key={customer.id}>
                    <td>
                      <Link to={`/kunder/${customer.id}`}>{customer.name || 'Uden navn'}</Link>
                    </td>
                    <td>{customer.email ?? '–'}</td>
                    <td className="nowrap">{formatPhone(customer.phone)}</td>
                    <td>{customer.address ?? '–'}</td>
                    <td className="nowrap">{formatDate(customer.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager page={data.page} label="kunder" />
          </>
        )}
      </QueryView>
    </section>
  );
}
