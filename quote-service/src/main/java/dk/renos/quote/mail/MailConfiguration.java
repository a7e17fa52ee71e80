package dk.renos.quote.mail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailSettings.class, ModelSettings.class})
class MailConfiguration {}
