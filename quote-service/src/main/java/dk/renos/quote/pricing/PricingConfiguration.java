package dk.renos.quote.pricing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the framework-free {@link PricingEngine} injectable; the engine itself knows nothing of
 * Spring.
 */
@Configuration(proxyBeanMethods = false)
class PricingConfiguration {

  @Bean
  PricingEngine pricingEngine() {
    return new PricingEngine();
  }
}
