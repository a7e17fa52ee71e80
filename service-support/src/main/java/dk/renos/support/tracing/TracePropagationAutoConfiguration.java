package dk.renos.support.tracing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * Async work inherits the caller's trace. The outbox sends an event after commit on the application
 * task executor; without this, that send starts a new trace and one lead's trace breaks at every
 * Kafka hop.
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration")
@ConditionalOnClass(name = "io.micrometer.context.ContextSnapshotFactory")
public class TracePropagationAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(TaskDecorator.class)
  TaskDecorator contextPropagatingTaskDecorator() {
    return new ContextPropagatingTaskDecorator();
  }
}
