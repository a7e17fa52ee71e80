package dk.renos.lead.intake.parsing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The structured fields of a lead. Strings and {@code areaSqm}, {@code serviceType}, {@code
 * frequency} are null when unknown; {@code rooms} and {@code extras} are empty (never null). {@code
 * address} is the street part ("Skovvejen 9A"), {@code postalCode}/{@code city} are separate
 * ("8000", "Aarhus C"); {@code company} is the company of an office lead (null for a private
 * customer); {@code phone} is normalised to {@code +45XXXXXXXX}; {@code email} is lower-case.
 * Contains personal data: never log it.
 */
public record ParsedLead(
    String name,
    String email,
    String phone,
    String address,
    String postalCode,
    String city,
    Integer areaSqm,
    Map<String, Integer> rooms,
    ServiceType serviceType,
    Frequency frequency,
    String preferredDays,
    String propertyType,
    List<String> extras,
    String company) {

  public ParsedLead {
    rooms = rooms == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rooms));
    extras = extras == null ? List.of() : List.copyOf(extras);
  }

  /** A lead without a company (a private customer). */
  public ParsedLead(
      String name,
      String email,
      String phone,
      String address,
      String postalCode,
      String city,
      Integer areaSqm,
      Map<String, Integer> rooms,
      ServiceType serviceType,
      Frequency frequency,
      String preferredDays,
      String propertyType,
      List<String> extras) {
    this(
        name,
        email,
        phone,
        address,
        postalCode,
        city,
        areaSqm,
        rooms,
        serviceType,
        frequency,
        preferredDays,
        propertyType,
        extras,
        null);
  }

  /** "Skovvejen 9A, 8000 Aarhus C", or whatever part of it is known; null when nothing is. */
  public String fullAddress() {
    String postalAndCity =
        Stream.of(postalCode, city)
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" "));
    String full =
        Stream.of(address, postalAndCity)
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(", "));
    return full.isEmpty() ? null : full;
  }

  /** True when the customer can be contacted (an e-mail address or a phone number). */
  public boolean hasContact() {
    return email != null || phone != null;
  }

  @Override
  public String toString() {
    // personal data stays out of logs and exception messages
    return "ParsedLead[serviceType="
        + serviceType
        + ", frequency="
        + frequency
        + ", areaSqm="
        + areaSqm
        + "]";
  }
}
