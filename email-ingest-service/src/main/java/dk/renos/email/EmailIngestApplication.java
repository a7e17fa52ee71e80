package dk.renos.email;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EmailIngestApplication {

  public static void main(String[] args) {
    SpringApplication.run(EmailIngestApplication.class, args);
  }
}
