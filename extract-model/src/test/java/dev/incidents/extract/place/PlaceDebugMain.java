package dev.incidents.extract.place;

/** Prints the place mentions of each argument; for looking at the extractor by hand. */
public final class PlaceDebugMain {
  private PlaceDebugMain() {}

  public static void main(String[] args) {
    for (String text : args) {
      System.out.println("== " + text);
      PlaceTexts.places(text).forEach(m -> System.out.printf("  %.2f %s %s site=%s a2=%s a1=%s %s [%s]%n",
          m.confidence(), m.place().type(), m.place().name(), m.place().site(), m.place().admin2(),
          m.place().admin1(), m.place().countryCode(), m.place().text()));
    }
  }
}
