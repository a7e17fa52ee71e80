package dk.renos.lead.intake.parsing;

/** What the customer asks for. The Danish names are those used by the portals and the website. */
public enum ServiceType {
  /** fast rengøring (weekly, every other week, monthly). */
  RECURRING,
  /** hovedrengøring. */
  DEEP_CLEAN,
  /** flytterengøring / fraflytning. */
  MOVE_OUT,
  /** engangsopgave / engangsrengøring. */
  ONE_OFF,
  /** erhvervsrengøring / kontor. */
  OFFICE,
  /** vinduespolering / vinduespudsning, when that is the whole request. */
  WINDOWS
}
