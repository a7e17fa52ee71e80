package dk.renos.booking.slots;

import java.util.Objects;

/**
 * A free slot of one team.
 *
 * @param preferred true when it matches the customer's {@link SlotPreferences} (always false when
 *     there were none)
 */
public record TeamSlot(String teamId, Slot slot, boolean preferred) {

  public TeamSlot {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(slot, "slot");
  }
}
