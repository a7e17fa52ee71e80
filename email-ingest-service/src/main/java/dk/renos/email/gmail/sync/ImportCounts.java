package dk.renos.email.gmail.sync;

/** What importing a list of Gmail ids did, for progress and metrics. */
public record ImportCounts(int stored, int known, int skipped, int gone) {

  public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

  public int total() {
    return stored + known + skipped + gone;
  }

  public ImportCounts plus(ImportCounts other) {
    return new ImportCounts(
        stored + other.stored, known + other.known, skipped + other.skipped, gone + other.gone);
  }
}
