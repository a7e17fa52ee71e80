package dk.renos.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import dk.renos.booking.schedule.Booking;
import dk.renos.booking.schedule.BookingRepository;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class BookingServiceIT {


  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  BookingRepository bookings;

  @BeforeEach
  void clean() {
    bookings.deleteAll();
  }

  @Test
  void flywayCreatedTheSchemaAndItsTables() {
    assertThat(jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = 'booking' order by table_name",
        String.class)).contains("booking", "flyway_schema_history");
  }

  @Test
  void bookingsArePagedLatestStartFirst() throws Exception {
    Instant day = Instant.parse("2026-12-01T08:00:00Z");
    Booking first = bookings.save(confirmed(day, 3));
    Booking third = bookings.save(confirmed(day.plus(2, ChronoUnit.DAYS), 2));
    Booking second = bookings.save(Booking.tentative(UUID.randomUUID(), UUID.randomUUID(),
        day.plus(1, ChronoUnit.DAYS), day.plus(1, ChronoUnit.DAYS).plus(4, ChronoUnit.HOURS), Instant.now()));

    JsonNode page0 = http().getJson("/api/bookings?page=0&size=2");
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(ServiceHttp.ids(page0)).containsExactly(third.getId().toString(), second.getId().toString());
    assertThat(page0.at("/content/1/status").asString()).isEqualTo("TENTATIVE");
    assertThat(page0.at("/content/0/startsAt").asString()).isEqualTo("2026-12-03T08:00:00Z");
    assertThat(ServiceHttp.ids(http().getJson("/api/bookings?page=1&size=2"))).containsExactly(first.getId().toString());
  }

  @Test
  void overlappingConfirmedBookingsAreImpossible() {
    Instant start = Instant.parse("2026-12-10T08:00:00Z");
    bookings.saveAndFlush(confirmed(start, 4));
    // back-to-back is fine: [08,12) and [12,14)
    bookings.saveAndFlush(confirmed(start.plus(4, ChronoUnit.HOURS), 2));
    // a tentative booking may overlap; it is not yet a promise
    bookings.saveAndFlush(Booking.tentative(UUID.randomUUID(), UUID.randomUUID(), start.plus(1, ChronoUnit.HOURS),
        start.plus(2, ChronoUnit.HOURS), Instant.now()));
    assertThatThrownBy(() -> bookings.saveAndFlush(confirmed(start.plus(1, ChronoUnit.HOURS), 1)))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(bookings.count()).isEqualTo(3);
  }

  private static Booking confirmed(Instant start, int hours) {
    Booking booking = Booking.tentative(UUID.randomUUID(), UUID.randomUUID(), start,
        start.plus(hours, ChronoUnit.HOURS), Instant.now());
    booking.confirm();
    return booking;
  }

  @Test
  void badPagingIsAProblem() {
    http().assertBadPagingIsAProblem("/api/bookings");
  }

  @Test
  void actuatorProbesAndPrometheus() {
    http().assertProbesAndPrometheus("booking-service", "db", "kafka");
  }

  private ServiceHttp http() {
    return ServiceHttp.on(port);
  }
}
