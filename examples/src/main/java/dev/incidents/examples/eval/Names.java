package dev.incidents.examples.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Name normalisation and matching rules of the evaluation. */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> ADMIN_WORDS = Set.of(
      "province", "governorate", "region", "state", "oblast", "department", "departement", "prefecture");
  private static final Set<String> STOP_WORDS = Set.of("the", "of", "and", "a", "an", "in", "for");
  private static final Pattern PARENS = Pattern.compile("\\(([^)]*)\\)");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9&-]{1,9}");
  private static final Pattern COLON_ACRONYM = Pattern.compile("^\\s*([A-Z][A-Za-z0-9&-]{1,11})\\s*:\\s*(.+)$");

  private Names() {}

  /** Lower case, diacritics removed, every run of non-letters-or-digits one space, trimmed. */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NON_ALNUM.matcher(plain).replaceAll(" ").strip();
  }

  /**
   * The comparison key of an admin1 name: folded, a leading or trailing Province / Governorate /
   * Region / State / Oblast / Department word dropped, and spaces removed (so hyphen and space
   * variants compare equal).
   */
  static String admin1Key(String s) {
    List<String> words = new ArrayList<>(Arrays.asList(fold(s).split(" ")));
    if (words.size() > 1 && ADMIN_WORDS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (words.size() > 2 && ADMIN_WORDS.contains(words.get(0)) && words.get(1).equals("of")) {
      words.remove(0);
      words.remove(0);
    }
    return String.join("", words);
  }

  /**
   * Whether a gold location and an extracted name agree: equal when folded, or one contains the
   * other when both folded names have at least 4 characters.
   */
  static boolean locationMatches(String gold, String candidate) {
    String g = fold(gold);
    String c = fold(candidate);
    if (g.isEmpty() || c.isEmpty()) {
      return false;
    }
    return g.equals(c) || (g.length() >= 4 && c.length() >= 4 && (g.contains(c) || c.contains(g)));
  }

  /**
   * Whether a coded perpetrator names a group: not null, and not Unknown / Unidentified ... /
   * Unaffiliated / None.
   */
  static boolean namesGroup(String perpetrator) {
    if (perpetrator == null) {
      return false;
    }
    String f = fold(perpetrator);
    return !f.isEmpty() && !f.startsWith("unknown") && !f.startsWith("unidentified")
        && !f.startsWith("unaffiliated") && !f.equals("none") && !f.equals("other");
  }

  /**
   * The forms of a group name: its alternatives ("A and/or B"), each with the tokens of its name
   * (parenthesised parts removed, stop words dropped) and its acronyms (a parenthesised acronym,
   * an ACLED "ACR: Name" prefix, or the name itself when it is one upper-case word).
   */
  static List<GroupForm> groupForms(String name) {
    List<GroupForm> forms = new ArrayList<>();
    for (String alternative : name.split("\\s+and/or\\s+")) {
      Set<String> acronyms = new LinkedHashSet<>();
      String rest = alternative;
      Matcher colon = COLON_ACRONYM.matcher(rest);
      if (colon.matches()) {
        acronyms.add(fold(colon.group(1)).replace(" ", ""));
        rest = colon.group(2);
      }
      Matcher parens = PARENS.matcher(rest);
      while (parens.find()) {
        String inner = parens.group(1).strip();
        if (ACRONYM.matcher(inner).matches() && inner.chars().filter(Character::isUpperCase).count() >= 2) {
          acronyms.add(fold(inner).replace(" ", ""));
        }
      }
      rest = PARENS.matcher(rest).replaceAll(" ").strip();
      if (ACRONYM.matcher(rest).matches() && rest.equals(rest.toUpperCase(Locale.ROOT))) {
        acronyms.add(fold(rest).replace(" ", ""));
      }
      Set<String> tokens = new LinkedHashSet<>();
      for (String t : fold(rest).split(" ")) {
        if (!t.isEmpty() && !STOP_WORDS.contains(t)) {
          tokens.add(t);
        }
      }
      if (!tokens.isEmpty() || !acronyms.isEmpty()) {
        forms.add(new GroupForm(tokens, acronyms));
      }
    }
    return forms;
  }

  /**
   * Whether two group names match: a shared acronym, or every token of the shorter name (fewer
   * tokens, acronyms stripped) appears in the other.
   */
  static boolean groupsMatch(String gold, String candidate) {
    for (GroupForm g : groupForms(gold)) {
      for (GroupForm c : groupForms(candidate)) {
        if (g.matches(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** One alternative of a group name. */
  record GroupForm(Set<String> tokens, Set<String> acronyms) {
    boolean matches(GroupForm other) {
      for (String a : acronyms) {
        if (other.acronyms.contains(a)) {
          return true;
        }
      }
      Set<String> shorter = tokens.size() <= other.tokens.size() ? tokens : other.tokens;
      Set<String> longer = shorter == tokens ? other.tokens : tokens;
      return !shorter.isEmpty() && longer.containsAll(shorter);
    }
  }
}
