package dk.renos.support.metrics;

import io.prometheus.metrics.tracer.common.SpanContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Switch for Prometheus exemplars: {@code renos.prometheus.exemplars-enabled} (default false). Boot
 * has no property for this; it wires a tracing {@link SpanContext} into the Prometheus registry
 * whenever a Tracer exists. Prometheus 2.42 marks such targets down, so by default we register a
 * span context that never samples, which keeps exemplars out of the scrape.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.micrometer.tracing.autoconfigure.prometheus.PrometheusExemplarsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration"
    })
@ConditionalOnClass(SpanContext.class)
@ConditionalOnProperty(
    name = "renos.prometheus.exemplars-enabled",
    havingValue = "false",
    matchIfMissing = true)
public class PrometheusExemplarsOffAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(SpanContext.class)
  SpanContext noExemplarsSpanContext() {
    return new SpanContext() {
      @Override
      public String getCurrentTraceId() {
        return null;
      }

      @Override
      public String getCurrentSpanId() {
        return null;
      }

      @Override
      public boolean isCurrentSpanSampled() {
        return false;
      }

      @Override
      public void markCurrentSpanAsExemplar() {}
    };
  }
}
