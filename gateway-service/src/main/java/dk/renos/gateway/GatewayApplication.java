package dk.renos.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The RenOS API gateway: one entry point for the staff frontend in front of every service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

  /** Every time the gateway reads comes from here, so tests can set it. */
  @org.springframework.context.annotation.Bean
  java.time.Clock clock() {
    return java.time.Clock.systemUTC();
  }

  public static void main(String[] args) {
    SpringApplication.run(GatewayApplication.class, args);
  }
}
