package dk.renos.quote.terms;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuoteTerms.class)
class QuoteTermsConfiguration {}
