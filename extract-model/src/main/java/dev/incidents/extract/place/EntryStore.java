package dev.incidents.extract.place;

import dev.incidents.core.model.PlaceType;
import dev.incidents.extract.internal.WordHashes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gazetteer entries held column by column, with an open-addressing hash index from normalised
 * names to entry numbers: a few hundred thousand places without an object per place.
 */
final class EntryStore {
  private static final PlaceType[] TYPES = PlaceType.values();
  private static final int[] NONE = {};
  private static final String[] UNIT_SUFFIXES = {
    "district", "province", "governorate", "region", "state", "oblast", "department", "departement",
    "municipality", "county", "prefecture", "division", "territory", "raion", "rayon", "city", "agency",
    "muhafazah", "wilayah", "velayat"};

  private static final String[] UNIT_PREFIXES = {
    "province de la ", "province du ", "province des ", "province de ", "province d ", "provincia de ",
    "provincia di ", "provincia del ", "departamento de ", "departamento del ", "departement du ",
    "departement de ", "muhafazat ", "region de ", "region du ", "municipio de ", "distrito de ",
    "wilaya de ", "prefecture de ", "district de ", "district of ", "province of ", "governorate of "};

  private int size;
  private String[] ids = new String[1024];
  private String[] names = new String[1024];
  private String[] alternates = new String[1024];
  private byte[] types = new byte[1024];
  private String[] features = new String[1024];
  private String[] countries = new String[1024];
  private String[] admin1s = new String[1024];
  private String[] admin2s = new String[1024];
  private float[] lats = new float[1024];
  private float[] lons = new float[1024];
  private long[] populations = new long[1024];

  // the name index
  private String[] keys = new String[1024];
  private int[] keyHead = new int[1024];
  private int keyCount;
  private int[] slots = new int[2048];
  /**
   * One bit per key hash, in an array much smaller than the slots: most words looked up are no
   * key, and this answers them without reaching into the slots.
   */
  private final long[] keyBits = new long[1 << 16];
  /**
   * One bit per hash of the first word of every key of two words or more ({@link
   * #mayBeginLongerKey}): most capitalised words begin no such name, and this tells so before any
   * longer run of words is cut out and keyed.
   */
  private final WordHashes firstWords = new WordHashes(20);
  private int[] postEntry = new int[4096];
  private int[] postNext = new int[4096];
  private int postCount;
  private final Map<String, String> interned = new HashMap<>();
  /**
   * The entries {@link #entry} has made, by number, once the store is sealed: a place a text names
   * is usually named again. Entries are records of final fields, so threads that race to fill a
   * slot each store a complete and equal entry.
   */
  private GazetteerEntry[] made;

  int size() {
    return size;
  }

  /** Adds an entry; {@code alternates} is a '|'-separated list or null. Returns its number. */
  int add(String id, String name, String asciiName, String alternates, PlaceType type, String feature,
      String country, String admin1, String admin2, double lat, double lon, long population) {
    if (size == names.length) {
      grow();
    }
    int e = size++;
    ids[e] = id;
    names[e] = name;
    this.alternates[e] = alternates == null || alternates.isEmpty() ? null : alternates;
    types[e] = (byte) type.ordinal();
    features[e] = intern(feature);
    countries[e] = intern(country);
    admin1s[e] = intern(admin1);
    admin2s[e] = intern(admin2);
    lats[e] = (float) lat;
    lons[e] = (float) lon;
    populations[e] = population;
    boolean unit = type == PlaceType.PROVINCE || type == PlaceType.DISTRICT;
    index(name, e, unit);
    if (asciiName != null && !asciiName.equals(name)) {
      index(asciiName, e, unit);
    }
    if (alternates != null && !alternates.isEmpty()) {
      int from = 0;
      while (from <= alternates.length()) {
        int bar = alternates.indexOf('|', from);
        int to = bar < 0 ? alternates.length() : bar;
        if (to > from) {
          index(alternates.substring(from, to), e, unit);
        }
        from = to + 1;
      }
    }
    return e;
  }

  /** Adds {@code name} as one more key of entry {@code e}. */
  void addName(int e, String name) {
    String k = Names.key(name);
    if (!k.isEmpty() && !has(k, e)) {
      put(k, e);
    }
    alternates[e] = alternates[e] == null ? name : alternates[e] + "|" + name;
  }

  /** Whether entry {@code e} is known under key {@code k} already. */
  private boolean has(String k, int e) {
    int kid = keyId(k, false);
    for (int p = kid < 0 ? -1 : keyHead[kid]; p >= 0; p = postNext[p]) {
      if (postEntry[p] == e) {
        return true;
      }
    }
    return false;
  }

  private void index(String name, int e, boolean unit) {
    String k = Names.key(name);
    if (k.isEmpty()) {
      return;
    }
    put(k, e);
    if (unit) {
      int space = k.lastIndexOf(' ');
      if (space > 0 && Arrays.asList(UNIT_SUFFIXES).contains(k.substring(space + 1))) {
        put(k.substring(0, space), e);
      }
      for (String prefix : UNIT_PREFIXES) {
        if (k.startsWith(prefix) && k.length() > prefix.length()) {
          put(k.substring(prefix.length()), e);
          break;
        }
      }
    }
  }

  private void put(String k, int e) {
    int space = k.indexOf(' ');
    if (space > 0) {
      firstWords.addHash(Names.wordHash(k, 0, space));
    }
    int kid = keyId(k, true);
    int head = keyHead[kid];
    if (head >= 0 && postEntry[head] == e) {
      return; // an entry adds its keys one after another, so a repeat is at the head (addName checks the rest)
    }
    if (postCount == postEntry.length) {
      postEntry = Arrays.copyOf(postEntry, postCount * 2);
      postNext = Arrays.copyOf(postNext, postCount * 2);
    }
    postEntry[postCount] = e;
    postNext[postCount] = head;
    keyHead[kid] = postCount++;
  }

  private int keyId(String k, boolean create) {
    int mixed = mix(k.hashCode());
    int bit = mixed >>> 10; // 22 bits
    if (!create && (keyBits[bit >>> 6] & (1L << bit)) == 0) {
      return -1;
    }
    int mask = slots.length - 1;
    int h = mixed & mask;
    while (true) {
      int s = slots[h];
      if (s == 0) {
        if (!create) {
          return -1;
        }
        if (keyCount == keys.length) {
          keys = Arrays.copyOf(keys, keyCount * 2);
          keyHead = Arrays.copyOf(keyHead, keyCount * 2);
        }
        keys[keyCount] = k;
        keyHead[keyCount] = -1;
        keyBits[bit >>> 6] |= 1L << bit;
        slots[h] = ++keyCount;
        if (keyCount * 2 > slots.length) {
          rehash();
        }
        return keyCount - 1;
      }
      if (keys[s - 1].equals(k)) {
        return s - 1;
      }
      h = (h + 1) & mask;
    }
  }

  private void rehash() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int kid = 0; kid < keyCount; kid++) {
      int h = mix(keys[kid].hashCode()) & mask;
      while (bigger[h] != 0) {
        h = (h + 1) & mask;
      }
      bigger[h] = kid + 1;
    }
    slots = bigger;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * Whether a key of two words or more may begin with the word of hash {@code wordHash} ({@link
   * Names#firstWordHash}); false only when none does.
   */
  boolean mayBeginLongerKey(int wordHash) {
    return firstWords.mayContainHash(wordHash);
  }

  /** Numbers of the entries known under normalised key {@code key}, in the order they were added, each once. */
  int[] find(String key) {
    int kid = keyId(key, false);
    if (kid < 0) {
      return NONE;
    }
    int n = 0;
    for (int p = keyHead[kid]; p >= 0; p = postNext[p]) {
      n++;
    }
    int[] out = new int[n];
    for (int p = keyHead[kid]; p >= 0; p = postNext[p]) {
      out[--n] = postEntry[p];
    }
    return out;
  }

  PlaceType type(int e) {
    return TYPES[types[e]];
  }

  String name(int e) {
    return names[e];
  }

  String country(int e) {
    return countries[e];
  }

  String admin1(int e) {
    return admin1s[e];
  }

  /** Entry {@code e} as a record. */
  GazetteerEntry entry(int e) {
    if (made == null) {
      return newEntry(e);
    }
    GazetteerEntry x = made[e];
    if (x == null) {
      x = newEntry(e);
      made[e] = x;
    }
    return x;
  }

  private GazetteerEntry newEntry(int e) {
    List<String> alts = alternates[e] == null ? List.of() : List.of(alternates[e].split("\\|"));
    return new GazetteerEntry(ids[e], names[e], alts, type(e), features[e], countries[e], admin1s[e],
        admin2s[e], lats[e], lons[e], populations[e]);
  }

  /** Entries whose type is {@code type} in country {@code country}, by number. */
  List<Integer> all(PlaceType type, String country) {
    List<Integer> out = new ArrayList<>();
    for (int e = 0; e < size; e++) {
      if (types[e] == type.ordinal() && countries[e].equals(country)) {
        out.add(e);
      }
    }
    return out;
  }

  private String intern(String s) {
    if (s == null) {
      return null;
    }
    return interned.computeIfAbsent(s, x -> x);
  }

  private void grow() {
    int n = names.length * 2;
    ids = Arrays.copyOf(ids, n);
    names = Arrays.copyOf(names, n);
    alternates = Arrays.copyOf(alternates, n);
    types = Arrays.copyOf(types, n);
    features = Arrays.copyOf(features, n);
    countries = Arrays.copyOf(countries, n);
    admin1s = Arrays.copyOf(admin1s, n);
    admin2s = Arrays.copyOf(admin2s, n);
    lats = Arrays.copyOf(lats, n);
    lons = Arrays.copyOf(lons, n);
    populations = Arrays.copyOf(populations, n);
  }

  /** Drops the interning table once loading is done; no entry is added or changed after. */
  void seal() {
    interned.clear();
    made = new GazetteerEntry[size];
  }
}
