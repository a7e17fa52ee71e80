package dk.renos.support.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list of strings kept in one text column, written the same way everywhere in RenOS: a JSON array
 * of strings, {@code ["Ovn","Køleskab"]}, and {@code []} for an empty list. JSON escapes quotes,
 * backslashes and line breaks, so an element may contain anything, separators included; non-ASCII
 * letters are written as they are, readable in psql. SQL reads the column as {@code column::jsonb}
 * ({@code jsonb_array_elements_text}, {@code @>}). A NULL column reads as the empty list; null
 * elements are refused.
 *
 * <p>On an entity: {@code @Convert(converter = StringListConverter.class) List<String> addOns}.
 * Plain JDBC code uses {@link #encode} and {@link #decode}.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The column value for {@code values} (null counts as the empty list). */
  public static String encode(List<String> values) {
    if (values == null || values.isEmpty()) {
      return "[]";
    }
    // List.of(...).contains(null) throws, so look at each element.
    if (values.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("a stored list holds no null elements: " + values);
    }
    return JSON.writeValueAsString(values);
  }

  /** The list a column value holds (NULL or blank: the empty list). */
  public static List<String> decode(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    try {
      return List.of(JSON.readValue(column, String[].class));
    } catch (JacksonException | NullPointerException e) {
      throw new IllegalArgumentException("not a JSON array of strings: " + abbreviate(column), e);
    }
  }

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return encode(values);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return decode(column);
  }

  private static String abbreviate(String column) {
    return column.length() <= 40 ? column : column.substring(0, 40) + "…";
  }
}
