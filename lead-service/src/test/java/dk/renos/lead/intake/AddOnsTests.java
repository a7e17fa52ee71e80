package dk.renos.lead.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddOnsTests {

  @Test
  void recognisedExtrasBecomeCodesInTheOrderMentioned() {
    assertThat(AddOns.of(List.of("Ovn", "Vinduespolering"))).containsExactly("OVEN", "WINDOWS");
    assertThat(AddOns.of(List.of("Køleskab", "Ovnrens"))).containsExactly("FRIDGE", "OVEN");
    assertThat(AddOns.of(List.of("KOELESKAB", "vinduer indvendigt", "Køkkenskabe")))
        .containsExactly("FRIDGE", "WINDOWS", "CUPBOARDS");
    assertThat(AddOns.of(List.of("Skabe og skuffer", "Rengøring af komfur")))
        .containsExactly("CUPBOARDS", "OVEN");
  }

  @Test
  void fridgesAndFreezersAreNotCupboards() {
    assertThat(AddOns.of(List.of("Køle- og fryseskab"))).containsExactly("FRIDGE");
    assertThat(AddOns.of(List.of("kølefryseskab"))).containsExactly("FRIDGE");
    assertThat(AddOns.of(List.of("fryser", "køleskab"))).containsExactly("FRIDGE");
  }

  @Test
  void unknownExtrasAndDuplicatesAreLeftOut() {
    assertThat(AddOns.of(List.of("Strygning", "Altan", "Ovn", "ovn"))).containsExactly("OVEN");
    assertThat(AddOns.of(List.of())).isEmpty();
  }
}
