package dk.renos.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put beside {@code @SpringBootTest}: the application context is wired to real Kafka, PostgreSQL
 * and Redis servers ({@code spring.datasource.*}, {@code spring.kafka.bootstrap-servers}, {@code
 * spring.data.redis.*}, and the matching {@code RENOS_*} settings), started once per JVM. A service
 * under test verifies tokens against {@link TestTokens}' key ({@code renos.security.jwks-url}) and
 * gets its service tokens from there ({@code renos.security.gateway-url}, {@code
 * renos.security.service-secret}): call it with {@code ServiceHttp.on(port).as(Role.STAFF)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithRealInfrastructure {}
