package dk.renos.quote.pricing;

/** How often a recurring (or office) visit repeats; changes the time of each visit. */
public enum Frequency {
  /** Hver uge: 10 % less time per visit, the home is kept clean. */
  WEEKLY("Hver uge", 9),
  /** Hver anden uge: the reference frequency, ±0 %. */
  BIWEEKLY("Hver anden uge", 10),
  /** Hver måned: 30 % more time per visit. */
  MONTHLY("Hver måned", 13);

  private final String danishName;
  private final int tenthsOfTime;

  Frequency(String danishName, int tenthsOfTime) {
    this.danishName = danishName;
    this.tenthsOfTime = tenthsOfTime;
  }

  public String danishName() {
    return danishName;
  }

  /**
   * The time factor in tenths: 9 = 0.9, 10 = 1.0, 13 = 1.3 (kept as an integer so the arithmetic
   * stays exact).
   */
  int tenthsOfTime() {
    return tenthsOfTime;
  }
}
