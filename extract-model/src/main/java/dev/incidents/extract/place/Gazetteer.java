package dev.incidents.extract.place;

import dev.incidents.core.model.PlaceType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Place names and where they are: the bundled GeoNames extract (every populated place of 500
 * people or more, first- and second-level administrative units, countries) plus reviewed aliases,
 * and any entries a user adds. Immutable and thread-safe.
 *
 * <p>Look-ups ignore case, diacritics, apostrophes, hyphens and the Arabic article "al-":
 * {@code lookup("Deir al-Zour")} finds Deir ez-Zor.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.bundled().plus(List.of(myEntry));
 * Gazetteer own = Gazetteer.of(myEntries);                         // without the bundled data
 * Gazetteer custom = Gazetteer.builder().withBundledData().withEntries(myEntries)
 *     .withAlias("Bolan", "PK", PlaceType.DISTRICT, "Kachhi District").build();
 * }</pre>
 */
public final class Gazetteer {
  static final String DATA = "gazetteer.tsv.gz";
  static final String ALIASES = "aliases.tsv";

  private final List<EntryStore> layers;
  private final List<String> unresolvedAliases;

  private Gazetteer(List<EntryStore> layers, List<String> unresolvedAliases) {
    this.layers = List.copyOf(layers);
    this.unresolvedAliases = List.copyOf(unresolvedAliases);
  }

  private static final class Bundled {
    static final Gazetteer INSTANCE = builder().withBundledData().build();
  }

  /**
   * The bundled gazetteer, loaded once per JVM on first use.
   *
   * @return the bundled gazetteer
   */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * A gazetteer of exactly {@code entries}.
   *
   * @param entries the entries
   * @return the gazetteer
   */
  public static Gazetteer of(List<GazetteerEntry> entries) {
    return builder().withEntries(entries).build();
  }

  /**
   * A builder, to combine the bundled data with one's own entries and aliases.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * This gazetteer and {@code entries}; this one is not changed.
   *
   * @param entries the entries to add
   * @return the extended gazetteer
   */
  public Gazetteer plus(List<GazetteerEntry> entries) {
    EntryStore extra = new EntryStore();
    for (GazetteerEntry e : entries) {
      add(extra, e);
    }
    extra.seal();
    List<EntryStore> all = new ArrayList<>(layers);
    all.add(extra);
    return new Gazetteer(all, unresolvedAliases);
  }

  /**
   * The entries known under {@code name} (any spelling the key ignores), user entries last.
   *
   * @param name the place name
   * @return the entries, possibly empty
   */
  public List<GazetteerEntry> lookup(String name) {
    return lookupKey(Names.key(name));
  }

  /** The entries known under a key already made by {@link Names#key}. */
  List<GazetteerEntry> lookupKey(String key) {
    if (key.isEmpty()) {
      return List.of();
    }
    List<GazetteerEntry> out = new ArrayList<>(2);
    for (EntryStore s : layers) {
      for (int e : s.find(key)) {
        out.add(s.entry(e));
      }
    }
    return out;
  }

  /**
   * Whether some entry is known under {@code name}.
   *
   * @param name the place name
   * @return true when it is known
   */
  public boolean contains(String name) {
    String key = Names.key(name);
    for (EntryStore s : layers) {
      if (s.find(key).length > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name of two words or more may begin with the word of hash {@code wordHash} ({@link
   * Names#firstWordHash}): false only when no key of the gazetteer that long begins with it.
   */
  boolean mayBeginLongerName(int wordHash) {
    for (EntryStore s : layers) {
      if (s.mayBeginLongerKey(wordHash)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Number of entries.
   *
   * @return the number of entries
   */
  public int size() {
    return layers.stream().mapToInt(EntryStore::size).sum();
  }

  /** Alias lines of the bundled alias file whose target was not found (should be none). */
  List<String> unresolvedAliases() {
    return unresolvedAliases;
  }

  private static void add(EntryStore store, GazetteerEntry e) {
    store.add(e.id(), e.name(), null, String.join("|", e.alternateNames()), e.type(), e.featureCode(),
        e.countryCode(), e.admin1(), e.admin2(), e.lat(), e.lon(), e.population());
  }

  /** Builds a gazetteer; fails fast on misuse. */
  public static final class Builder {
    private boolean bundledData;
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final List<String[]> aliases = new ArrayList<>();

    private Builder() {}

    /**
     * Includes the bundled GeoNames data and its reviewed aliases.
     *
     * @return this builder
     */
    public Builder withBundledData() {
      if (bundledData) {
        throw new IllegalStateException("the bundled data was already added");
      }
      bundledData = true;
      return this;
    }

    /**
     * Adds entries.
     *
     * @param more the entries
     * @return this builder
     */
    public Builder withEntries(List<GazetteerEntry> more) {
      entries.addAll(List.copyOf(more));
      return this;
    }

    /**
     * Adds one entry.
     *
     * @param entry the entry
     * @return this builder
     */
    public Builder withEntry(GazetteerEntry entry) {
      entries.add(Objects.requireNonNull(entry, "entry"));
      return this;
    }

    /**
     * Makes {@code alias} find the entry of {@code type} named {@code target} in {@code countryCode};
     * {@link #build()} fails if there is no such entry.
     *
     * @param alias the other name
     * @param countryCode the target's country, ISO 3166-1 alpha-2
     * @param type the target's kind of place
     * @param target the target's canonical name
     * @return this builder
     */
    public Builder withAlias(String alias, String countryCode, PlaceType type, String target) {
      aliases.add(new String[] {Objects.requireNonNull(alias, "alias"), countryCode, type.name(), target, null});
      return this;
    }

    /**
     * Builds the gazetteer, resolving the aliases.
     *
     * @return the gazetteer
     * @throws IllegalArgumentException if an alias names no entry
     */
    public Gazetteer build() {
      EntryStore store = new EntryStore();
      List<String> unresolved = new ArrayList<>();
      if (bundledData) {
        BundledData.load(store);
        BundledData.loadAliases(store, unresolved);
      }
      for (GazetteerEntry e : entries) {
        add(store, e);
      }
      for (String[] a : aliases) {
        if (!BundledData.alias(store, a[0], a[1], PlaceType.valueOf(a[2]), a[3], a[4])) {
          throw new IllegalArgumentException(String.format(
              "no %s named '%s' in %s for alias '%s'", a[2], a[3], a[1], a[0]));
        }
      }
      store.seal();
      return new Gazetteer(List.of(store), unresolved);
    }
  }

  /** Reads the bundled data file and alias file into a store. */
  static final class BundledData {
    private BundledData() {}

    static InputStream open(String resource) {
      InputStream in = Gazetteer.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + Gazetteer.class.getName());
      }
      return in;
    }

    static void load(EntryStore store) {
      Map<String, String> admin1 = new HashMap<>();
      Map<String, String> admin2 = new HashMap<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(open(DATA), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
        String[] c = new String[12];
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.startsWith("#")) {
            continue;
          }
          split(line, c);
          String kind = c[0];
          String cc = c[5];
          String a1code = c[6].isEmpty() ? null : cc + "." + c[6];
          String a2code = a1code == null || c[7].isEmpty() ? null : a1code + "." + c[7];
          double lat = Double.parseDouble(c[8]);
          double lon = Double.parseDouble(c[9]);
          long pop = Long.parseLong(c[11]);
          switch (kind) {
            case "C" -> store.add("geonames:" + cc, c[2], c[3], c[4], PlaceType.COUNTRY, c[10], cc, null, null,
                lat, lon, pop);
            case "A1" -> {
              admin1.put(a1code, c[2]);
              store.add("geonames:" + a1code, c[2], c[3], c[4], PlaceType.PROVINCE, c[10], cc, c[2], null,
                  lat, lon, pop);
            }
            case "A2" -> {
              admin2.put(a2code, c[2]);
              store.add("geonames:" + a2code, c[2], c[3], c[4], PlaceType.DISTRICT, c[10], cc,
                  admin1.get(a1code), c[2], lat, lon, pop);
            }
            case "P" -> {
              String f = c[10];
              boolean seat = f.equals("P.PPLC") || f.equals("P.PPLA") || f.equals("P.PPLA2");
              PlaceType type = seat || pop >= 100_000 ? PlaceType.CITY : PlaceType.TOWN;
              store.add("geonames:" + c[1], c[2], c[3], c[4], type, f, cc,
                  a1code == null ? null : admin1.get(a1code), a2code == null ? null : admin2.get(a2code),
                  lat, lon, pop);
            }
            default -> throw new IllegalStateException("bad kind in " + DATA + ": " + kind);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void split(String line, String[] c) {
      int from = 0;
      for (int i = 0; i < c.length; i++) {
        int tab = line.indexOf('\t', from);
        int to = tab < 0 ? line.length() : tab;
        c[i] = line.substring(from, to);
        from = to + 1;
      }
    }

    static void loadAliases(EntryStore store, List<String> unresolved) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(open(ALIASES), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] c = line.split("\t", -1);
          PlaceType type = kindType(c[3]);
          if (c[0].equals("alias")) {
            String admin1 = c.length > 5 && !c[5].isEmpty() ? c[5] : null;
            if (!alias(store, c[1], c[2], type, c[4], admin1)) {
              unresolved.add(line);
            }
          } else if (c[0].equals("place")) {
            String alts = c.length > 9 ? c[9] : null;
            store.add(null, c[1], null, alts, type, type == PlaceType.PROVINCE ? "A.ADM1"
                : type == PlaceType.DISTRICT ? "A.ADM2" : "P.PPL", c[2], empty(c[4]), empty(c[5]),
                Double.parseDouble(c[6]), Double.parseDouble(c[7]), Long.parseLong(c[8]));
            if (type == PlaceType.PROVINCE || type == PlaceType.DISTRICT) {
              // a unit is its own admin1/admin2
              int e = store.size() - 1;
              if (type == PlaceType.PROVINCE && !store.name(e).equals(store.admin1(e))) {
                unresolved.add("place rows of kind A1 must name themselves as admin1: " + line);
              }
            }
          } else {
            throw new IllegalStateException("bad line in " + ALIASES + ": " + line);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String empty(String s) {
      return s == null || s.isEmpty() ? null : s;
    }

    private static PlaceType kindType(String kind) {
      return switch (kind) {
        case "C" -> PlaceType.COUNTRY;
        case "A1" -> PlaceType.PROVINCE;
        case "A2" -> PlaceType.DISTRICT;
        case "P" -> PlaceType.CITY;
        default -> throw new IllegalStateException("unknown kind in " + ALIASES + ": " + kind);
      };
    }

    /** Adds {@code alias} to the matching entries; false when there is none. */
    static boolean alias(EntryStore store, String alias, String country, PlaceType type, String target,
        String admin1) {
      boolean found = false;
      for (int e : store.find(Names.key(target))) {
        PlaceType t = store.type(e);
        boolean typeOk = type == PlaceType.CITY || type == PlaceType.TOWN
            ? t == PlaceType.CITY || t == PlaceType.TOWN : t == type;
        if (typeOk && store.country(e).equals(country)) {
          if (admin1 == null || admin1.equals(store.admin1(e))) {
            store.addName(e, alias);
            found = true;
          }
        }
      }
      return found;
    }
  }
}
