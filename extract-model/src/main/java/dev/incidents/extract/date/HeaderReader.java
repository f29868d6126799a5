package dev.incidents.extract.date;

import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.DateResolution;
import dev.incidents.core.model.Dateline;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.ReferenceContext;
import dev.incidents.core.model.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's own date anchors from its first lines:
 *
 * <ul>
 *   <li>a header line {@code date 2025-07-20} (also {@code Date:}, {@code published:}): the
 *       publication date;
 *   <li>a dateline, "Kalat, Balochistan – February 26, 2025 – The ...": place and date;
 *   <li>a wire dateline, "Concepcion, 23 Aug 88 (Santiago Domestic Service) --": place and date,
 *       two-digit years 50-99 being 19xx and 00-49 20xx;
 *   <li>a GTD-style prefix {@code 01/26/2018:}: the <em>event</em> date, not a publication date
 *       ({@code 11/00/2017:} is a month). The tagger also reports it as an explicit mention.
 * </ul>
 *
 * <p>A dateline's date is the date the report was filed: it is used as the publication date when
 * no header line gives one. Stateless and thread-safe.
 */
public final class HeaderReader {
  /** How many characters from the start of the document are searched. */
  private static final int WINDOW = 400;

  private static final String MONTH =
      "(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          + "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\\.?";
  private static final Pattern HEADER_LINE = Pattern.compile(
      "(?im)^[ \\t]*(?:date|published|publication\\s+date|pubdate)[ \\t]*[:=]?[ \\t]*"
          + "(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})[ \\t]*$");
  private static final Pattern GTD = Pattern.compile("^\\s*(?<mo>\\d{2})/(?<d>\\d{2})/(?<y>\\d{4}):");
  private static final Pattern WIRE = Pattern.compile(
      "^\\s*(?<place>[A-Z][^,\\n()]{0,40}(?:\\s*\\([^)\\n]{1,40}\\))?),\\s+(?<d>\\d{1,2})\\s+" + MONTH
          + "\\s+(?<y>\\d{2}|\\d{4})\\s*(?:\\([^)\\n]{1,80}\\))?\\s*--");
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?<place>[A-Z][\\p{L} .'\u2019-]{0,40}(?:,\\s*[A-Z][\\p{L} .'\u2019-]{0,40}){0,2})\\s*[-\u2013\u2014]+\\s*"
          + "(?:" + MONTH + "\\s+(?<d1>\\d{1,2}),?\\s+(?<y1>\\d{4})|(?<d2>\\d{1,2})\\s+" + MONTH.replace("mon", "mon2")
          + "\\s+(?<y2>\\d{4}))\\s*(?:[-\u2013\u2014:]+|\\(\\w+\\)\\s*[-\u2013\u2014]+)");

  /**
   * What the header says.
   *
   * @param publishedDate the publication date (header line, else the dateline's date), or null
   * @param dateline the dateline, or null
   * @param eventDate the event date a GTD-style prefix states, or null
   * @param span the header's words in the text read (the header line, dateline or prefix; from the
   *     first to the last when there are several), or null when there is no header
   */
  public record Header(LocalDate publishedDate, Dateline dateline, EventDate eventDate, Span span) {
    private static final Header NONE = new Header(null, null, null, null);

    /**
     * A document with no header.
     *
     * @return the empty header
     */
    public static Header none() {
      return NONE;
    }

    /**
     * The reference context the header gives: its publication date and dateline.
     *
     * @return the context
     */
    public ReferenceContext context() {
      return new ReferenceContext(publishedDate, dateline);
    }
  }

  /**
   * Reads the header of {@code text}; spans are offsets into {@code text}.
   *
   * @param text the raw text
   * @return the header, or {@link Header#none()}
   */
  public Header read(String text) {
    Object[] last = LAST.get();
    if (last[0] == text) {
      return (Header) last[1];
    }
    Header header = readNow(text);
    last[0] = text;
    last[1] = header;
    return header;
  }

  /**
   * The text this thread read last and its header: the extractor reads an article's header for
   * its document information and the date extractor reads it again for its anchors. Headers
   * depend on the text alone.
   */
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

  private Header readNow(String text) {
    String head = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
    LocalDate published = null;
    int start = -1;
    int end = -1;
    int bodyStart = 0;
    Matcher h = HEADER_LINE.matcher(head);
    if (h.find() && head.substring(0, h.start()).lines().filter(l -> !l.isBlank()).count() <= 3) {
      published = date(h.group("y"), h.group("mo"), h.group("d"));
      if (published != null) {
        start = h.start() + leading(h.group());
        end = h.start() + h.group().stripTrailing().length();
        bodyStart = h.end();
      }
    }
    String body = head.substring(bodyStart);
    Dateline dateline = null;
    EventDate event = null;
    Matcher m;
    if ((m = GTD.matcher(body)).find()) {
      int s = bodyStart + m.start("mo");
      int e = bodyStart + m.end();
      event = gtdDate(m, Span.of(text, s, e - 1));
      if (event != null) {
        start = start < 0 ? s : start;
        end = e;
      }
    } else if ((m = WIRE.matcher(body)).find() || (m = DATELINE.matcher(body)).find()) {
      LocalDate d = datelineDate(m);
      if (d != null) {
        dateline = new Dateline(m.group("place").strip(), d);
        int s = bodyStart + m.start("place");
        start = start < 0 ? s : start;
        end = bodyStart + m.end();
        if (published == null) {
          published = d;
        }
      }
    }
    if (start < 0) {
      return Header.none();
    }
    return new Header(published, dateline, event, Span.of(text, start, end));
  }

  private static EventDate gtdDate(Matcher m, Span span) {
    int y = Integer.parseInt(m.group("y"));
    int mo = Integer.parseInt(m.group("mo"));
    int d = Integer.parseInt(m.group("d"));
    if (mo < 1 || mo > 12) {
      return null;
    }
    if (d == 0) {
      YearMonth ym = YearMonth.of(y, mo);
      return new EventDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, null, null, span.text(),
          DateResolution.EXPLICIT, span);
    }
    LocalDate day = date(m.group("y"), m.group("mo"), m.group("d"));
    return day == null ? null : new EventDate(day, day, DatePrecision.DAY, day.getDayOfWeek(), null, span.text(),
        DateResolution.EXPLICIT, span);
  }

  private static LocalDate datelineDate(Matcher m) {
    String mon = group(m, "mon") != null ? group(m, "mon") : group(m, "mon2");
    String d = group(m, "d") != null ? group(m, "d") : group(m, "d1") != null ? group(m, "d1") : group(m, "d2");
    String y = group(m, "y") != null ? group(m, "y") : group(m, "y1") != null ? group(m, "y1") : group(m, "y2");
    if (mon == null || d == null || y == null) {
      return null;
    }
    int year = Integer.parseInt(y);
    if (y.length() == 2) {
      year = DateGrammar.twoDigitYear(year);
    }
    int month = Lexicon.standard().intValue("month", mon.replace(".", "").toLowerCase(Locale.ROOT));
    return date(String.valueOf(year), String.valueOf(month), d);
  }

  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  /**
   * The named groups of the two dateline patterns, read from their text once: asking a matcher for
   * a group its pattern lacks throws, and an exception a header cost more than reading the rest of it.
   */
  private static final Map<Pattern, Set<String>> GROUPS = Map.of(WIRE, groupNames(WIRE), DATELINE, groupNames(DATELINE));

  /** The group {@code name} of the match, or null when it took no part or the pattern has no such group. */
  private static String group(Matcher m, String name) {
    Set<String> names = GROUPS.get(m.pattern());
    return names != null && names.contains(name) ? m.group(name) : null;
  }

  /** The names of {@code p}'s named groups ({@code (?<name>…)}; lookbehinds are not names). */
  static Set<String> groupNames(Pattern p) {
    Set<String> names = new HashSet<>();
    Matcher m = GROUP_NAME.matcher(p.pattern());
    while (m.find()) {
      if (m.start() == 0 || p.pattern().charAt(m.start() - 1) != '\\') {
        names.add(m.group(1));
      }
    }
    return Set.copyOf(names);
  }

  private static LocalDate date(String y, String mo, String d) {
    int year = Integer.parseInt(y);
    int month = Integer.parseInt(mo);
    int day = Integer.parseInt(d);
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static int leading(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
