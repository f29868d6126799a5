package dev.incidents.extract.date;

import dev.incidents.extract.date.Expr.Kind;
import dev.incidents.extract.date.Expr.Unit;
import dev.incidents.extract.internal.EndAnchored;
import dev.incidents.extract.internal.Prefilter;
import dev.incidents.extract.internal.Regex;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date and time expressions in one sentence and parses them into unresolved {@link Expr}s:
 * atoms from regular expressions built over the lexicon, overlaps resolved longest first, then
 * neighbours combined ("Saturday" + "evening", "at 0100" + "on 26 August", "between A and B").
 * Stateless and thread-safe.
 */
final class DateGrammar {
  private static final String ORD = "(?:st|nd|rd|th)?";
  private static final java.util.Set<String> FULL_MONTHS = java.util.Set.of("january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december");
  private static final EndAnchored FULL_MONTH_END = EndAnchored.compile(
      "(?i)(?:january|february|march|april|may|june|july|august|september|october|november|december)$");
  private static final String DASH = "[-\u2013\u2014]";

  /** Words before a four-digit number that make it an identifier, not a year. */
  private static final EndAnchored NOT_YEAR_BEFORE = EndAnchored.compile(
      "(?i)\\b(?:resolution|no\\.?|nos\\.?|number|route|flight|article|section|operation|code|unit|batch|model|"
          + "room|highway|road|street|corps|brigade|battalion|division|regiment|squad|page|vol\\.?|kilometre|km|"
          + "phone|tel\\.?|call|dial|pin|plot|house|box|bus|train)\\s*$");
  /** Words after a four-digit number that make it a count or a measure, not a year. */
  private static final Pattern NOT_YEAR_AFTER = Pattern.compile(
      "(?i)^\\s*(?:people|persons|person|troops|soldiers|militants|fighters|civilians|men|women|children|"
          + "families|residents|refugees|km|kms|kilometres|kilometers|meters|metres|feet|ft|kg|tons|tonnes|"
          + "rounds|hours|hrs|dollars|rupees|pesos|usd|households|houses|homes|vehicles|cases|votes|members|"
          + "students|prisoners|police|policemen|personnel|workers|killed|dead|injured|wounded|rescue)\\b");
  private static final Pattern WEEKDAY_NOT_DATE_AFTER = Pattern.compile(
      "^(?:'s|\u2019s)\\s+(?i:edition|issue|paper|newspaper|editorial|column|broadcast|program|programme|show|supplement)\\b"
          + "|^\\s+(?:Times|Telegraph|Express|Mirror|Post|Observer|Guardian|Tribune|Magazine)\\b");
  private static final EndAnchored WEEKDAY_NOT_DATE_BEFORE =
      EndAnchored.compile("(?:Black|Good|Bloody|Ash|Palm|Easter|Holy|Super|Cyber)\\s+$");
  private static final Pattern POD_NOT_TIME_AFTER = Pattern.compile(
      "(?i)^[\\s-]+(?:club|clubs|shift|shifts|vision|school|schools|market|markets|classes|court|courts|"
          + "star|news|show|edition|paper|prayer|prayers|guard|guards|watchman)\\b");
  /** A capitalised word right before "Today": a title ("USA Today"), not a date. */
  private static final EndAnchored TITLE_BEFORE = EndAnchored.compile("\\b\\p{Lu}[\\p{L}.]*\\s+$");
  private static final Pattern TIME_CONNECT = Pattern.compile(
      "(?i)^(?:[\\s,]|local\\s+time|local|hours|hrs|gmt|on|of|in|the|at|around|about|approximately|early|late|from)*$");
  private static final Pattern RANGE_CONNECT =
      Pattern.compile("(?i)^\\s*(?:and|to|until|till|through|" + DASH + ")\\s*$");
  private static final EndAnchored RANGE_OPEN = EndAnchored.compile("(?i)\\b(?:between|from)\\s+$");
  private static final Regex ROLE_END = Regex.compile(
      "(?i)\\b(?:by|until|till|through|up\\s+to)\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?(?:the\\s+)?$");
  private static final Regex ROLE_START =
      Regex.compile("(?i)\\b(?:since|from|starting|beginning)\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?$");
  private static final Pattern REPORT_AFTER = Pattern.compile(
      "(?i)^\\s*,?\\s*(?:reported|said|announced|disclosed|stated|told|confirmed|revealed|quoted|released)\\b");
  private static final Regex REPORT_BEFORE = Regex.compile(
      "(?i)\\b(?:reported|said|says|announced|disclosed|stated|told\\s+\\w+|confirmed|revealed"
          + "|(?:talked|spoke)(?:\\s+to\\s+(?:the\\s+)?(?:press|reporters|journalists|\\w+))?)\\s+(?:on\\s+)?$");

  /**
   * A clause that describes a person or place by another event: a place located from an earlier
   * event's ("20 km from the place where a convoy was ambushed"), or a non-restrictive relative
   * clause in the past perfect (", who had been in the town on Sunday"; not "had been patrolling").
   */
  private static final Regex ATTRIBUTE_BEFORE = Regex.compile(
      "(?i)\\b(?:from|near|close\\s+to|next\\s+to)\\s+the\\s+(?:place|spot|site|area|point|location)\\s+"
          + "(?:where|in\\s+which|at\\s+which)\\s[^,;:()]*$"
          + "|,\\s*(?:who|whom|which|where)\\s[^,;:()]*?\\bhad\\s+(?:(?:just|already|previously|recently|earlier)\\s+)?"
          + "(?!been\\s+\\w+ing\\b)\\w+[^,;:()]*$");

  /** What may stand before a "May" that is the month, not the verb. */
  private static final Pattern MAY_BEFORE = Pattern.compile("in|since|during|until|by|early|late|mid|last|next");
  private static final Pattern PART_OF_MONTH = Pattern.compile("early|late|mid");
  private static final Pattern FINAL_S = Pattern.compile("S$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TIME_GAP = Pattern.compile("[\\s,(]*");
  private static final Pattern DASH_GAP = Pattern.compile("\\s*" + DASH + "\\s*");

  private final Lexicon lex;
  private final List<Rule> rules = new ArrayList<>();
  /** The lexicon kinds whose capitalised phrases some rules need, in the order of their bits. */
  private static final List<String> NEEDED_KINDS = List.of("month", "weekday", "hijri");
  private static final int MONTH = 1;
  private static final int WEEKDAY = 2;
  private static final int HIJRI = 4;
  /** Not a kind: the bit of the rules every match of which holds an ASCII digit ({@code \\d}). */
  private static final int DIGIT = 8;
  private final CapitalisedWords capitalised;

  /**
   * One atom rule: a pattern, a builder that may veto a match by returning null, and the bits of
   * the kinds ({@link #NEEDED_KINDS}) whose capitalised phrase every match holds, with {@link #DIGIT}
   * when every match holds a digit: a sentence without them is not searched.
   */
  private record Rule(String name, Regex regex, BiFunction<Matcher, String, Expr> build, int needs) {}

  DateGrammar(Lexicon lex) {
    this.lex = lex;
    this.capitalised = new CapitalisedWords(lex, NEEDED_KINDS);
    String m = "(?<m>" + lex.alternation("month", true) + ")(?<dot>\\.)?";
    String w = "(?<w>" + lex.alternation("weekday", true) + ")";
    String num = "(?<n>" + lex.alternation("number", false) + "|\\d{1,2})";
    // Order is priority for matches of equal length.
    add("iso", "(?<![\\w/-])(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?![\\w/]|-\\d)", this::iso, DIGIT);
    add("numeric", "(?<![\\w/.-])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4})(?![\\w/])", this::numeric, DIGIT);
    add("fiscal", "(?i:(?:fiscal|financial)\\s+year)(?:\\s+(?:19|20)\\d\\d(?:\\s*[-/\u2013]\\s*\\d{2,4})?)?"
        + "|\\bFY\\s?'?\\d{2,4}(?:[-/\u2013]\\d{2,4})?"
        + "|(?:19|20)\\d\\d\\s*[-/\u2013]\\s*\\d{2,4}\\s+(?i:fiscal|financial)\\s+year",
        (x, s) -> atom(Kind.UNRESOLVABLE, x));
    add("hijri", "(?:\\d{1,2}\\s+)?(?:" + lex.alternation("hijri", true) + ")(?:\\s+\\d{4}(?:\\s*(?:AH|A\\.H\\.))?)?(?!\\w)",
        (x, s) -> atom(Kind.UNRESOLVABLE, x), HIJRI);
    add("range-ddm", "(?:(?i:between|from)\\s+)?(?<![\\w/.])(?<d1>\\d{1,2})" + ORD
        + "\\s*(?:(?i:and|to|until|till|through)|" + DASH + ")\\s*(?<d2>\\d{1,2})" + ORD
        + "\\s+(?:(?i:of)\\s+)?" + m + "(?:,?\\s+(?<y>\\d{4}))?(?![\\w])", this::rangeDdm, MONTH | DIGIT);
    add("range-mdd", m + "\\s+(?<d1>\\d{1,2})" + ORD + "\\s*(?:" + DASH + "|(?i:to|through))\\s*(?<d2>\\d{1,2})" + ORD
        + "(?:,?\\s+(?<y>\\d{4}))?(?![\\w:])", this::rangeMdd, MONTH | DIGIT);
    add("dmy", "(?<![\\w/.,])(?<d>\\d{1,2})" + ORD + "(?:\\s+(?i:of))?\\s+" + m
        + "(?:,?\\s+(?<y>\\d{4})|\\s+(?<ap>')?(?<yy>\\d{2}))?(?![\\w])", this::dmy, MONTH | DIGIT);
    add("mdy", m + "\\s+(?<d>\\d{1,2})" + ORD + "(?!:\\d)(?:,?\\s+(?<y>\\d{4}))?(?![\\w]|,\\d|\\.\\d)", this::mdy, MONTH | DIGIT);
    add("my", m + ",?\\s+(?:(?i:of)\\s+)?(?<y>\\d{4})(?![\\w])", this::my, MONTH | DIGIT);
    add("month", "(?<pre>(?i:in|since|during|until|till|by|from|before|after|early|late|mid|last|this|next|through|throughout))"
        + "[\\s-]+" + m + "(?!\\.?\\s*\\d)(?![\\w-])", this::monthAlone, MONTH);
    add("time12", "(?<![\\w:.])(?<h>\\d{1,2})(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>(?i:a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm))(?![\\w])",
        this::time12, DIGIT);
    add("time24", "(?<![\\w:.])(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?:\\s*(?i:hours|hrs|h)\\b)?(?![\\w:])", this::time24, DIGIT);
    add("military", "(?i:\\b(?:at|around|about|approximately)\\s+(?:(?:about|around|approximately)\\s+)?)"
        + "(?<hm>(?:[01]\\d|2[0-3])[0-5]\\d)(?<suf>\\s*(?i:hours|hrs|gmt|local\\s+time))?(?![\\w]|[,.]\\d)", this::military, DIGIT);
    add("military-hours", "(?<![\\w,.])(?<hm>(?:[01]\\d|2[0-3])[0-5]\\d)(?<suf>\\s*(?i:hours|hrs))\\b", this::military, DIGIT);
    add("year", "(?<![\\w,./+#$\u00a3\u20ac])(?<!(?<!mid)-)(?<y>(?:19|20)\\d\\d)(?![\\w%]|,\\d|\\.\\d|\\s*[-/\u2013]\\s*\\d)", this::year, DIGIT);
    add("anaphor", "(?<![\\w-])(?:" + lex.alternation("anaphor", false) + ")(?![\\w-])", this::anaphor);
    add("ago", num + "\\s+(?<u>(?i:days?|weeks?|months?|years?))\\s+(?<dir>(?i:ago|earlier|later|before(?=\\s*[,.;)]|\\s*$)|after(?=\\s*[,.;)]|\\s*$)))(?![\\w])",
        this::ago);
    add("weekend", "(?i:over\\s+the\\s+past|over\\s+the|during\\s+the|at\\s+the|on\\s+the|this|last|the\\s+past)\\s+(?i:weekend)(?![\\w])",
        (x, s) -> atom(Kind.WEEKEND, x));
    add("relunit", "(?<dir>(?i:last|previous|past|this|next|coming|earlier\\s+this|later\\s+this|earlier\\s+in\\s+the))"
        + "\\s+(?<u>(?i:week|month|year))(?![\\w-])", this::relUnit);
    add("relday", "(?<![\\w-])(?<r>" + lex.alternation("relday", false) + ")(?![\\w-])", this::relDay);
    add("weekday", "(?:(?<dir>(?i:last|this|next|past|previous|coming))\\s+)?" + w, this::weekday, WEEKDAY);
    add("partofday", "(?<p>" + lex.alternation("partofday", false) + ")(?![\\w-])", this::partOfDay);
  }

  private void add(String name, String regex, BiFunction<Matcher, String, Expr> build) {
    add(name, regex, build, 0);
  }

  private void add(String name, String regex, BiFunction<Matcher, String, Expr> build, int needs) {
    rules.add(new Rule(name, Regex.compile(regex), build, needs));
  }

  /** The patterns of the rules marked {@link #DIGIT}, for the test that none matches a text without digits. */
  List<Regex> digitRules() {
    return rules.stream().filter(r -> (r.needs() & DIGIT) != 0).map(Rule::regex).toList();
  }

  /** All expressions of one sentence; offsets are {@code base} + offset in {@code s}. */
  List<Expr> parse(String s, int base, int sentence) {
    record Cand(Expr e, int priority) {}
    List<Cand> cands = new ArrayList<>();
    String folded = Prefilter.fold(s);
    int kinds = capitalised.kindsIn(s) | (hasDigit(s) ? DIGIT : 0);
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if ((rule.needs() & ~kinds) != 0) {
        continue;
      }
      for (Matcher x = rule.regex().first(s, folded); x != null; x = rule.regex().next(x, folded)) {
        Expr e = rule.build().apply(x, s);
        if (e != null && e.end > e.start) {
          cands.add(new Cand(e, i));
        }
      }
    }
    cands.sort(Comparator.<Cand>comparingInt(c -> -(c.e().end - c.e().start)).thenComparingInt(Cand::priority));
    List<Expr> kept = new ArrayList<>();
    for (Cand c : cands) {
      Expr e = c.e();
      if (e.end - e.start > 1 && s.charAt(e.end - 1) == '.' && FULL_MONTH_END.findBefore(s, e.end - 1)) {
        e.end--; // "on 7 November." : the period ends the sentence
      }
      if (!overlapsAny(kept, e)) {
        kept.add(e);
      }
    }
    kept.removeIf(e -> e.invalid);
    kept.sort(Comparator.comparingInt(e -> e.start));
    mergeWeekdayAndCalendar(kept, s);
    mergeRanges(kept, s);
    mergeTimes(kept, s);
    for (Expr e : kept) {
      assignRole(e, s);
      e.start += base;
      e.end += base;
      e.sentence = sentence;
    }
    return kept;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  // ---- atoms ----

  private static Expr atom(Kind kind, Matcher x) {
    return new Expr(kind, x.start(), x.end());
  }

  private static Expr calendar(int start, int end, Integer y, Integer mo, Integer d) {
    if (mo != null && (mo < 1 || mo > 12)) {
      return null;
    }
    if (d != null) {
      int max = y != null ? YearMonth.of(y, mo).lengthOfMonth() : YearMonth.of(2000, mo).lengthOfMonth();
      if (d < 1 || d > max) {
        Expr bad = new Expr(Kind.UNRESOLVABLE, start, end);
        bad.invalid = true;
        return bad;
      }
    }
    Expr e = new Expr(Kind.CALENDAR, start, end);
    e.year = y;
    e.month = mo;
    e.day = d;
    return e;
  }

  private Expr iso(Matcher x, String s) {
    return calendar(x.start(), x.end(), num(x, "y"), num(x, "mo"), num(x, "d"));
  }

  /** MM/DD/YYYY (the GTD and US order); DD/MM/YYYY when the first number cannot be a month. */
  private Expr numeric(Matcher x, String s) {
    int a = num(x, "a");
    int b = num(x, "b");
    int y = num(x, "y");
    if (a > 12 && b <= 12) {
      return calendar(x.start(), x.end(), y, b, a);
    }
    if (b == 0) { // GTD codes an unknown day as 00
      return calendar(x.start(), x.end(), y, a, null);
    }
    return calendar(x.start(), x.end(), y, a, b);
  }

  private Expr rangeDdm(Matcher x, String s) {
    int mo = month(x);
    Integer y = num(x, "y");
    Expr from = calendar(x.start(), x.end(), y, mo, num(x, "d1"));
    Expr to = calendar(x.start(), x.end(), y, mo, num(x, "d2"));
    return range(from, to);
  }

  private Expr rangeMdd(Matcher x, String s) {
    int mo = month(x);
    Integer y = num(x, "y");
    return range(calendar(x.start(), x.end(), y, mo, num(x, "d1")), calendar(x.start(), x.end(), y, mo, num(x, "d2")));
  }

  private static Expr range(Expr from, Expr to) {
    if (from == null || to == null || from.invalid || to.invalid || to.day <= from.day) {
      return null;
    }
    from.rangeEnd = to;
    return from;
  }

  private Expr dmy(Matcher x, String s) {
    Integer y = num(x, "y");
    int end = x.end();
    if (x.group("yy") != null) {
      boolean abbreviated = !FULL_MONTHS.contains(x.group("m").toLowerCase(Locale.ROOT)) || x.group("ap") != null;
      if (abbreviated) {
        y = twoDigitYear(Integer.parseInt(x.group("yy")));
      } else {
        end = x.end("dot") >= 0 ? x.end("dot") : x.end("m");
      }
    }
    return calendar(x.start(), end, y, month(x), num(x, "d"));
  }

  private Expr mdy(Matcher x, String s) {
    return calendar(x.start(), x.end(), num(x, "y"), month(x), num(x, "d"));
  }

  private Expr my(Matcher x, String s) {
    return calendar(x.start(), x.end(), num(x, "y"), month(x), null);
  }

  private Expr monthAlone(Matcher x, String s) {
    String pre = x.group("pre").toLowerCase(Locale.ROOT);
    if (x.group("m").equalsIgnoreCase("may") && !MAY_BEFORE.matcher(pre).matches()) {
      return null;
    }
    int start = PART_OF_MONTH.matcher(pre).matches() ? x.start() : x.start("m");
    return calendar(start, x.end(), null, month(x), null);
  }

  private Expr time12(Matcher x, String s) {
    int h = num(x, "h");
    int mi = x.group("mi") == null ? 0 : num(x, "mi");
    if (h < 1 || h > 12) {
      return null;
    }
    boolean pm = x.group("ap").toLowerCase(Locale.ROOT).startsWith("p");
    return clock(x.start(), x.end(), (h % 12) + (pm ? 12 : 0), mi);
  }

  private Expr time24(Matcher x, String s) {
    return clock(x.start(), x.end(), num(x, "h"), num(x, "mi"));
  }

  private Expr military(Matcher x, String s) {
    int hm = Integer.parseInt(x.group("hm"));
    if (x.group("suf") == null && NOT_YEAR_AFTER.matcher(s.substring(x.end())).find()) {
      return null;
    }
    return clock(x.start("hm"), x.end(), hm / 100, hm % 100);
  }

  private static Expr clock(int start, int end, int h, int mi) {
    Expr e = new Expr(Kind.TIME, start, end);
    String hhmm = twoDigits(h) + ":" + twoDigits(mi);
    e.setTime(hhmm, hhmm);
    return e;
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private Expr year(Matcher x, String s) {
    if (NOT_YEAR_BEFORE.findBefore(s, x.start())
        || NOT_YEAR_AFTER.matcher(s.substring(x.end())).find()) {
      return null;
    }
    return calendar(x.start(), x.end(), num(x, "y"), null, null);
  }

  private Expr anaphor(Matcher x, String s) {
    Lexicon.Entry entry = lex.get("anaphor", x.group());
    Expr e = atom(Kind.ANAPHOR, x);
    e.offset = Integer.parseInt(entry.value());
    e.pastCue = e.offset < 0;
    if (entry.timexPart() != null) {
      e.setTime(entry.timexPart(), entry.timeOfDay());
    }
    return e;
  }

  private Expr ago(Matcher x, String s) {
    String n = x.group("n");
    int count = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : lex.intValue("number", n);
    Unit unit = Unit.valueOf(FINAL_S.matcher(x.group("u").toUpperCase(Locale.ROOT)).replaceAll(""));
    String dir = x.group("dir").toLowerCase(Locale.ROOT);
    boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before");
    Expr e;
    if (dir.equals("ago")) {
      e = atom(unit == Unit.DAY ? Kind.RELATIVE_DAY : Kind.RELATIVE_UNIT, x);
    } else if (unit == Unit.DAY) {
      e = atom(Kind.ANAPHOR, x);
    } else {
      e = atom(Kind.RELATIVE_UNIT, x); // "two years earlier": approximated from the anchor
    }
    e.unit = unit;
    e.offset = back ? -count : count;
    e.pastCue = back;
    return e;
  }

  private Expr relUnit(Matcher x, String s) {
    String dir = SPACES.matcher(x.group("dir").toLowerCase(Locale.ROOT)).replaceAll(" ");
    Expr e = atom(Kind.RELATIVE_UNIT, x);
    e.unit = Unit.valueOf(x.group("u").toUpperCase(Locale.ROOT));
    switch (dir) {
      case "last", "previous", "past" -> e.offset = -1;
      case "next", "coming" -> e.offset = 1;
      case "earlier this", "earlier in the" -> e.toAnchor = true;
      default -> e.offset = 0;
    }
    e.pastCue = e.offset < 0 && e.unit == Unit.YEAR;
    return e;
  }

  private Expr relDay(Matcher x, String s) {
    String r = x.group("r");
    if (Character.isUpperCase(r.charAt(0)) && TITLE_BEFORE.findBefore(s, x.start())) {
      return null; // "Pakistan Today", "USA Today": a title, not a date
    }
    Lexicon.Entry entry = lex.get("relday", r);
    Expr e = atom(Kind.RELATIVE_DAY, x);
    e.unit = Unit.DAY;
    e.offset = Integer.parseInt(entry.value());
    if (entry.timexPart() != null) {
      e.setTime(entry.timexPart(), entry.timeOfDay());
    }
    return e;
  }

  private Expr weekday(Matcher x, String s) {
    if (WEEKDAY_NOT_DATE_AFTER.matcher(s.substring(x.end())).find()
        || WEEKDAY_NOT_DATE_BEFORE.findBefore(s, x.start())) {
      return null;
    }
    Expr e = atom(Kind.WEEKDAY, x);
    e.weekday = DayOfWeek.of(lex.intValue("weekday", x.group("w")));
    String dir = x.group("dir") == null ? "" : x.group("dir").toLowerCase(Locale.ROOT);
    e.direction = switch (dir) {
      case "last", "past", "previous" -> -1;
      case "next", "coming" -> 1;
      default -> 0;
    };
    return e;
  }

  private Expr partOfDay(Matcher x, String s) {
    String p = x.group("p");
    if (Character.isUpperCase(p.charAt(0)) && !isSentenceStart(s, x.start())) {
      return null; // "Dawn" the newspaper, "Morning Star"
    }
    if (POD_NOT_TIME_AFTER.matcher(s.substring(x.end())).find()) {
      return null;
    }
    Lexicon.Entry entry = lex.get("partofday", p);
    Expr e = atom(Kind.TIME, x);
    e.setTime(entry.timexPart(), entry.timeOfDay());
    return e;
  }

  // ---- combinations ----

  private static boolean overlapsAny(List<Expr> kept, Expr e) {
    for (Expr k : kept) {
      if (k.start < e.end && e.start < k.end) {
        return true;
      }
    }
    return false;
  }

  /** "Saturday, 9 October" and "9 October (Saturday)": one day with its weekday. */
  private static void mergeWeekdayAndCalendar(List<Expr> list, String s) {
    for (int i = 0; i + 1 < list.size(); i++) {
      Expr a = list.get(i);
      Expr b = list.get(i + 1);
      String gap = s.substring(a.end, b.start);
      if (gap.length() > 3 || !TIME_GAP.matcher(gap).matches()) {
        continue;
      }
      Expr wd = a.kind == Kind.WEEKDAY ? a : b.kind == Kind.WEEKDAY ? b : null;
      Expr cal = a.kind == Kind.CALENDAR ? a : b.kind == Kind.CALENDAR ? b : null;
      if (wd != null && cal != null && cal.day != null && cal.rangeEnd == null) {
        cal.weekday = wd.weekday;
        cal.start = a.start;
        cal.end = s.startsWith(")", b.end) && gap.contains("(") ? b.end + 1 : b.end;
        list.remove(wd);
        i--;
      }
    }
  }

  /** "between 27 April and 1 June", "from 3 March to 5 March", "27 April - 1 June". */
  private static void mergeRanges(List<Expr> list, String s) {
    for (int i = 0; i + 1 < list.size(); i++) {
      Expr a = list.get(i);
      Expr b = list.get(i + 1);
      if (a.kind != Kind.CALENDAR || b.kind != Kind.CALENDAR || a.rangeEnd != null || b.rangeEnd != null
          || a.day == null || b.day == null) {
        continue;
      }
      String gap = s.substring(a.end, b.start);
      boolean opened = RANGE_OPEN.findBefore(s, a.start);
      if (!RANGE_CONNECT.matcher(gap).matches() || !(opened || DASH_GAP.matcher(gap).matches())) {
        continue;
      }
      if (a.year == null && b.year != null) {
        a.year = b.year;
        if (a.month > b.month || (a.month.equals(b.month) && a.day > b.day)) {
          a.year = b.year - 1;
        }
      }
      a.rangeEnd = b;
      a.end = b.end;
      list.remove(i + 1);
    }
  }

  /** A time of day joins the day next to it: "Saturday evening", "at 0100 on 26 August". */
  private static void mergeTimes(List<Expr> list, String s) {
    for (int i = 0; i < list.size(); i++) {
      Expr t = list.get(i);
      if (t.kind != Kind.TIME) {
        continue;
      }
      Expr target = null;
      if (i > 0 && joinable(list.get(i - 1), t) && TIME_CONNECT.matcher(s.substring(list.get(i - 1).end, t.start)).matches()) {
        target = list.get(i - 1);
      } else if (i + 1 < list.size() && joinable(list.get(i + 1), t)
          && TIME_CONNECT.matcher(s.substring(t.end, list.get(i + 1).start)).matches()) {
        target = list.get(i + 1);
      }
      if (target == null) {
        continue;
      }
      if (!target.hasTime() || isClock(t.timexTime)) {
        target.setTime(t.timexTime, t.timeOfDay);
      }
      target.start = Math.min(target.start, t.start);
      target.end = Math.max(target.end, t.end);
      list.remove(i);
      i--;
    }
  }

  private static boolean joinable(Expr day, Expr time) {
    if (day.kind == Kind.TIME || day.kind == Kind.UNRESOLVABLE || day.kind == Kind.WEEKEND
        || day.kind == Kind.RELATIVE_UNIT || day.rangeEnd != null) {
      return false;
    }
    if (day.kind == Kind.CALENDAR && day.day == null) {
      return false;
    }
    return !day.hasTime() || (isClock(time.timexTime) && !isClock(day.timexTime));
  }

  static boolean isClock(String timex) {
    return timex != null && timex.contains(":");
  }

  private static void assignRole(Expr e, String s) {
    String before = s.substring(0, e.start);
    String after = s.substring(e.end);
    if (e.rangeEnd == null && ROLE_END.find(before)) {
      e.role = MentionRole.RANGE_END;
    } else if (e.rangeEnd == null && ROLE_START.find(before)) {
      e.role = MentionRole.RANGE_START;
    } else if (e.kind != Kind.TIME && (REPORT_AFTER.matcher(after).find() || REPORT_BEFORE.find(before))) {
      e.role = MentionRole.REPORTING;
    } else if (e.kind != Kind.TIME && ATTRIBUTE_BEFORE.find(before)) {
      e.role = MentionRole.ATTRIBUTE;
    }
  }

  // ---- helpers ----

  private int month(Matcher x) {
    return lex.intValue("month", x.group("m"));
  }

  private static Integer num(Matcher x, String group) {
    String g = x.group(group);
    return g == null ? null : Integer.valueOf(g);
  }

  /** Two-digit years: 50-99 are 19xx, 00-49 are 20xx ("23 Aug 88" is 1988). */
  static int twoDigitYear(int yy) {
    return yy >= 50 ? 1900 + yy : 2000 + yy;
  }

  private static boolean isSentenceStart(String s, int offset) {
    return s.substring(0, offset).matches("[\\s\\p{Punct}\u201c\u2018]*");
  }
}
