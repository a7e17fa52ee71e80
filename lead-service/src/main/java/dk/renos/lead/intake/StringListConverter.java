package dk.renos.lead.intake;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * A short list of words as one text column, joined by {@code ", "}. Used for extras and add-on
 * codes, which the parser has already split on commas, so a value never contains the separator.
 */
@Converter
class StringListConverter implements AttributeConverter<List<String>, String> {

  private static final String SEPARATOR = ", ";

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return values == null || values.isEmpty() ? null : String.join(SEPARATOR, values);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isBlank()
        ? List.of()
        : Arrays.stream(column.split(SEPARATOR))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
  }
}
