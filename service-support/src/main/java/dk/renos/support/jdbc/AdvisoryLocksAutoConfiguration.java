package dk.renos.support.jdbc;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link AdvisoryLocks} for every service with a database. */
@AutoConfiguration(
    afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBean(JdbcTemplate.class)
public class AdvisoryLocksAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  AdvisoryLocks advisoryLocks(JdbcTemplate jdbc) {
    return new AdvisoryLocks(jdbc);
  }
}
