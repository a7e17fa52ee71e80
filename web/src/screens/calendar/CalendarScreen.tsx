// Kalender: the week's visits from booking-service, in Copenhagen time whatever the browser's zone
// (FullCalendar's time grid with the Luxon plugin for the named zone), plus the same visits as a
// plain list, which is what keyboard and screen-reader users read.
import daLocale from '@fullcalendar/core/locales/da';
import type { DatesSetArg, EventClickArg, EventInput } from '@fullcalendar/core';
import luxonPlugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { MAX_PAGE, useBookings } from '../../api/queries';
import type { BookingView } from '../../api/types';
import { useUser } from '../../app/session';
import { Badge } from '../../components/Badge';
import { PageTitle } from '../../components/PageTitle';
import { QueryView } from '../../components/States';
import { formatTimeRange, formatWeekday, ZONE } from '../../format/danish';
import { bookingStatusLabel } from '../../format/labels';

interface Week {
  start: number;
  end: number;
}

/** The bookings with a time inside [start, end), not cancelled, earliest first. */
export function bookingsIn(bookings: BookingView[] | undefined, week: Week | null): BookingView[] {
  if (!week) return [];
  return (bookings ?? [])
    .filter((booking) => {
      if (!booking.startsAt || booking.status === 'CANCELLED') return false;
      const start = Date.parse(booking.startsAt);
      return start >= week.start && start < week.end;
    })
    .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
}

const toEvent = (booking: BookingView): EventInput => ({
  id: booking.id,
  title: bookingStatusLabel(booking.status) + ' besøg',
  start: booking.startsAt,
  end: booking.endsAt,
  classNames: [`event-${(booking.status ?? '').toLowerCase()}`],
  extendedProps: { quoteId: booking.quoteId },
});

export function CalendarScreen() {
  const user = useUser();
  const bookings = useBookings(0, MAX_PAGE);
  const navigate = useNavigate();
  const [week, setWeek] = useState<Week | null>(null);
  const events = useMemo(
    () => (bookings.data?.content ?? []).filter((b) => b.startsAt && b.endsAt && b.status !== 'CANCELLED').map(toEvent),
    [bookings.data],
  );
  const onDates = (arg: DatesSetArg) => setWeek({ start: Date.parse(arg.startStr), end: Date.parse(arg.endStr) });
  const onClick = (arg: EventClickArg) => {
    arg.jsEvent.preventDefault();
    const quoteId = arg.event.extendedProps.quoteId as string | undefined;
    if (user.role !== 'CLEANER' && quoteId) navigate(`/tilbud/${quoteId}`);
  };
  return (
    <section>
      <PageTitle title="Kalender">Kalender</PageTitle>
      {user.role === 'CLEANER' && (
        <p className="banner banner-info">
          Besøg har endnu ikke et hold tilknyttet, så du ser alle besøg. Dine egne besøg kommer her, når
          planlægningen får hold.
        </p>
      )}
      <QueryView query={bookings} loading="Henter besøg…">
        {() => (
          <>
            <div className="calendar">
              <FullCalendar
                plugins={[timeGridPlugin, luxonPlugin]}
                initialView="timeGridWeek"
                timeZone={ZONE}
                locale={daLocale}
                firstDay={1}
                weekNumbers
                allDaySlot={false}
                slotMinTime="06:00:00"
                slotMaxTime="20:00:00"
                nowIndicator
                height="auto"
                headerToolbar={{ left: 'prev,next today', center: 'title', right: '' }}
                events={events}
                datesSet={onDates}
                eventClick={onClick}
                eventInteractive={user.role !== 'CLEANER'}
              />
            </div>
            <WeekList visits={bookingsIn(bookings.data?.content, week)} linkQuotes={user.role !== 'CLEANER'} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function WeekList({ visits, linkQuotes }: { visits: BookingView[]; linkQuotes: boolean }) {
  return (
    <section aria-labelledby="ugens-besog">
      <h2 id="ugens-besog">Ugens besøg</h2>
      {visits.length === 0 ? (
        <p className="state state-empty">Ingen besøg i denne uge.</p>
      ) : (
        <ul className="rows">
          {visits.map((booking) => (
            <li key={booking.id}>
              <strong>{formatWeekday(booking.startsAt)}</strong> {formatTimeRange(booking.startsAt, booking.endsAt)}{' '}
              <Badge tone={booking.status === 'CONFIRMED' ? 'good' : 'neutral'}>{bookingStatusLabel(booking.status)}</Badge>{' '}
              {linkQuotes && booking.quoteId && <Link to={`/tilbud/${booking.quoteId}`}>Tilbud</Link>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
