package dk.renos.booking.schedule;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BookingRepository extends JpaRepository<Booking, UUID> {

  Optional<Booking> findByQuoteId(UUID quoteId);

  /**
   * One team's CONFIRMED and COMPLETED visits starting in [from, to), by start: a cleaner's coming
   * days.
   */
  @Query(
      """
      select b from Booking b
      where b.teamId = :team
        and b.status in (dk.renos.booking.schedule.BookingStatus.CONFIRMED,
                         dk.renos.booking.schedule.BookingStatus.COMPLETED)
        and b.startsAt >= :from and b.startsAt < :to
      order by b.startsAt, b.id""")
  List<Booking> findTeamVisits(
      @Param("team") String team, @Param("from") Instant from, @Param("to") Instant to);

  /**
   * The booking, locked (SELECT … FOR UPDATE) until the transaction ends: two changes of one
   * booking at once are applied one after the other, so the second sees the first's result.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select b from Booking b where b.id = :id")
  Optional<Booking> findForUpdate(@Param("id") UUID id);

  /**
   * CONFIRMED, COMPLETED and TENTATIVE bookings of all teams overlapping [from, to): the time the
   * teams are not free.
   */
  @Query(
      """
      select b from Booking b
      where b.status in (dk.renos.booking.schedule.BookingStatus.CONFIRMED,
                         dk.renos.booking.schedule.BookingStatus.COMPLETED,
                         dk.renos.booking.schedule.BookingStatus.TENTATIVE)
        and b.startsAt < :to and b.endsAt > :from
      order by b.startsAt""")
  List<Booking> findBusy(@Param("from") Instant from, @Param("to") Instant to);
}
