package dk.renos.support.messaging;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the event as JSON bytes like Spring Kafka's converter, but without its {@code __TypeId__}
 * header: that header carries the Java class name, which couples every subscriber to our package
 * names. Consumers find the type in {@code ce_type} instead.
 */
public class CloudEventsMessageConverter extends ByteArrayJacksonJsonMessageConverter {

  public CloudEventsMessageConverter(JsonMapper json) {
    super(json);
  }

  @Override
  protected Headers initialRecordHeaders(Message<?> message) {
    return new RecordHeaders();
  }
}
