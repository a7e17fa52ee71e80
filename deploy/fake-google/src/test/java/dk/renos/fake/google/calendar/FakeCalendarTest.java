package dk.renos.fake.google.calendar;

import com.google.api.services.calendar.Calendar;
import dk.renos.fake.google.FakeGoogleServer;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh fake Google per test with the bookings calendar (Europe/Copenhagen) and the official
 * Calendar client on it, acting as the company's address with the full calendar scope.
 */
abstract class FakeCalendarTest {
  static final String CAL = "renos-bookings@group.calendar.google.com";
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

  FakeGoogleServer server;
  Calendar calendar;

  @BeforeEach
  void startFakeGoogle() {
    server = FakeGoogleServer.start();
    server.calendar(CAL, CPH);
    calendar = CalendarClients.calendarFor(server);
  }

  @AfterEach
  void stopFakeGoogle() {
    server.close();
  }
}
