package dk.renos.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringListConverterTests {

  private final StringListConverter converter = new StringListConverter();

  @Test
  void aListIsAJsonArrayOfStrings() {
    assertThat(converter.convertToDatabaseColumn(List.of("OVEN", "FRIDGE")))
        .isEqualTo("[\"OVEN\",\"FRIDGE\"]");
    assertThat(converter.convertToDatabaseColumn(List.of("Køleskab"))).isEqualTo("[\"Køleskab\"]");
  }

  @Test
  void anEmptyOrMissingListIsAnEmptyArray() {
    assertThat(converter.convertToDatabaseColumn(List.of())).isEqualTo("[]");
    assertThat(converter.convertToDatabaseColumn(null)).isEqualTo("[]");
    assertThat(converter.convertToEntityAttribute("[]")).isEmpty();
    assertThat(converter.convertToEntityAttribute(null)).isEmpty();
  }

  @Test
  void everyElementComesBackAsItWasWhateverItContains() {
    List<String> awkward =
        List.of(
            "a, b",
            "comma,separated",
            "two\nlines",
            " spaced ",
            "",
            "\"quoted\"",
            "back\\slash",
            "æøå ÆØÅ",
            "tab\there");
    String column = converter.convertToDatabaseColumn(awkward);

    assertThat(converter.convertToEntityAttribute(column)).isEqualTo(awkward);
    assertThat(column).doesNotContain("\n");
  }

  @Test
  void nullElementsAreRefused() {
    assertThatThrownBy(() -> converter.convertToDatabaseColumn(Arrays.asList("a", null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aColumnInAnotherFormatIsAnErrorNotASilentGuess() {
    assertThatThrownBy(() -> converter.convertToEntityAttribute("OVEN,FRIDGE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OVEN,FRIDGE");
    assertThatThrownBy(() -> converter.convertToEntityAttribute("[\"a\",null]"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
