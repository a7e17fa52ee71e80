package dk.renos.lead;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.lead.customer.Customer;
import dk.renos.lead.customer.CustomerRepository;
import dk.renos.lead.intake.Lead;
import dk.renos.lead.intake.LeadRepository;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.WithRealInfrastructure;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class LeadServiceIT {

  @LocalServerPort int port;

  @Autowired JdbcTemplate jdbc;

  @Autowired LeadRepository leads;

  @Autowired CustomerRepository customers;

  @BeforeEach
  void clean() {
    leads.deleteAll();
    customers.deleteAll();
  }

  @Test
  void flywayCreatedTheSchemaAndItsTables() {
    assertThat(
            jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'lead' order by table_name",
                String.class))
        .contains("customer", "lead", "flyway_schema_history");
  }

  @Test
  void leadsArePagedNewestFirst() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Customer customer =
        customers.save(
            new Customer(
                "Mette Hansen",
                "mette@example.test",
                "+4512345678",
                "Testvej 1, 8000 Aarhus C",
                now));
    Lead older =
        leads.save(
            Lead.receive(
                "email", "WINDOWS", "Vinduespudsning", now.minus(2, ChronoUnit.DAYS), now));
    Lead newest =
        Lead.receive("website", "MOVE_OUT", "Flytterengøring", now.minus(1, ChronoUnit.HOURS), now);
    newest.qualify(customer.getId());
    leads.save(newest);
    Lead middle =
        leads.save(
            Lead.receive("phone", "REGULAR", "Fast rengøring", now.minus(1, ChronoUnit.DAYS), now));

    JsonNode page0 = http().getJson("/api/leads?page=0&size=2");
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(page0.at("/page/totalPages").asInt()).isEqualTo(2);
    assertThat(ServiceHttp.ids(page0))
        .containsExactly(newest.getId().toString(), middle.getId().toString());
    assertThat(page0.at("/content/0/status").asString()).isEqualTo("QUALIFIED");
    assertThat(page0.at("/content/0/customerId").asString()).isEqualTo(customer.getId().toString());
    assertThat(ServiceHttp.ids(http().getJson("/api/leads?page=1&size=2")))
        .containsExactly(older.getId().toString());
  }

  @Test
  void customersArePagedNewestFirst() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Customer first =
        customers.save(new Customer("A", null, null, null, now.minus(3, ChronoUnit.DAYS)));
    Customer second =
        customers.save(
            new Customer("B", "b@example.test", null, null, now.minus(1, ChronoUnit.DAYS)));
    JsonNode page = http().getJson("/api/customers?size=10");
    assertThat(page.at("/page/totalElements").asLong()).isEqualTo(2);
    assertThat(ServiceHttp.ids(page))
        .containsExactly(second.getId().toString(), first.getId().toString());
    assertThat(page.at("/content/0/email").asString()).isEqualTo("b@example.test");
    assertThat(http().get("/api/customers?size=-1").statusCode()).isEqualTo(400);
  }

  @Test
  void badPagingIsAProblem() {
    http().assertBadPagingIsAProblem("/api/leads");
  }

  @Test
  void actuatorProbesAndPrometheus() {
    http().assertProbesAndPrometheus("lead-service", "db", "kafka");
  }

  private ServiceHttp http() {
    return ServiceHttp.on(port).as(Role.STAFF);
  }
}
