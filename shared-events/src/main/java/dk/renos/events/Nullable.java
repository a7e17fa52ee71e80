package dk.renos.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event record component that may be {@code null} on the wire. Every other reference
 * component is required: the record's constructor rejects {@code null}, and the AsyncAPI document
 * types it without {@code "null"}. The field is always present in the JSON, as {@code null} when
 * absent. A component added to an existing version later must be {@code @Nullable}, because events
 * already on the topic do not carry it.
 *
 * <p>Plain JDK annotation so that shared-events stays free of libraries; {@code
 * AsyncApiDocumentTests} reads it to check the document.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Nullable {}
