package dk.renos.email.gmail;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GmailSettings.class)
class GmailConfiguration {

  /**
   * One HTTP transport (connection pool) for Gmail and Google's token endpoint; it is thread-safe.
   */
  @Bean
  HttpTransport gmailTransport() {
    return new NetHttpTransport();
  }
}
