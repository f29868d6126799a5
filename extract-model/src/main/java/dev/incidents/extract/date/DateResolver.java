package dev.incidents.extract.date;

import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.DateResolution;
import dev.incidents.extract.date.Expr.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Resolves one parsed expression against an anchor date. Past-preferring: a day or month the text
 * gives without a year, and a bare weekday, are the most recent such day on or before the anchor
 * (the anchor's own weekday is the anchor day itself). Nothing reads the clock; with no anchor a
 * relative expression stays unresolved.
 */
final class DateResolver {
  private static final java.util.regex.Pattern UNDATED_DAY =
      java.util.regex.Pattern.compile("XXXX-\\d\\d-\\d\\d|XXXX-XX-XX");


  /** A resolution: the day range or nothing, and the TIMEX3-style value. */
  record Resolved(LocalDate start, LocalDate end, DatePrecision precision, DayOfWeek weekday,
      DateResolution from, String value) {

    static Resolved unresolved(DayOfWeek weekday, String value) {
      return new Resolved(null, null, DatePrecision.UNKNOWN, weekday, DateResolution.UNRESOLVED, value);
    }

    boolean isResolved() {
      return start != null;
    }

    boolean isDay() {
      return precision == DatePrecision.DAY;
    }
  }

  private final LocalDate anchor;
  private final DateResolution anchorKind;

  /**
   * @param anchor the publication or dateline date, or null
   * @param anchorKind what the anchor is (RELATIVE_TO_PUBLICATION / RELATIVE_TO_DATELINE)
   */
  DateResolver(LocalDate anchor, DateResolution anchorKind) {
    this.anchor = anchor;
    this.anchorKind = anchor == null ? DateResolution.UNRESOLVED : anchorKind;
  }

  /**
   * Resolves {@code e}.
   *
   * @param textYear year of the latest full date the text gave before {@code e}, used for a
   *     month and day without year when there is no anchor; or null
   * @param previous the resolution of the previously mentioned day, for "the same day"; or null
   */
  Resolved resolve(Expr e, Integer textYear, Resolved previous) {
    Resolved r = switch (e.kind) {
      case CALENDAR -> calendar(e, textYear);
      case WEEKDAY -> weekday(e);
      case RELATIVE_DAY -> relativeDay(e);
      case RELATIVE_UNIT -> relativeUnit(e);
      case WEEKEND -> weekend();
      case ANAPHOR -> anaphor(e, previous);
      case TIME -> Resolved.unresolved(null, "");
      case UNRESOLVABLE -> Resolved.unresolved(null, "XXXX-XX-XX");
    };
    return withTime(r, e);
  }

  private Resolved calendar(Expr e, Integer textYear) {
    if (e.rangeEnd != null) {
      Resolved a = calendar(single(e), textYear);
      Resolved b = calendar(e.rangeEnd, textYear);
      if (!a.isResolved() || !b.isResolved() || b.end().isBefore(a.start())) {
        return Resolved.unresolved(null, a.value() + "/" + b.value());
      }
      DatePrecision p = a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY
          ? DatePrecision.DAY : DatePrecision.MONTH;
      return new Resolved(a.start(), b.end(), p, null, a.from(), a.value() + "/" + b.value());
    }
    if (e.month == null) {
      LocalDate start = LocalDate.of(e.year, 1, 1);
      return new Resolved(start, start.withDayOfYear(start.lengthOfYear()), DatePrecision.YEAR, null,
          DateResolution.EXPLICIT, String.valueOf(e.year));
    }
    Integer year = e.year;
    DateResolution from = DateResolution.EXPLICIT;
    if (year == null) {
      if (anchor != null) {
        year = anchor.getYear();
        boolean after = e.day == null ? e.month > anchor.getMonthValue()
            : LocalDate.of(year, e.month, Math.min(e.day, YearMonth.of(year, e.month).lengthOfMonth())).isAfter(anchor);
        if (after) {
          year--;
        }
        from = anchorKind;
      } else if (textYear != null) {
        year = textYear;
      } else {
        return Resolved.unresolved(e.weekday, e.day == null
            ? String.format(Locale.ROOT, "XXXX-%02d", e.month)
            : String.format(Locale.ROOT, "XXXX-%02d-%02d", e.month, e.day));
      }
    }
    if (e.day == null) {
      YearMonth ym = YearMonth.of(year, e.month);
      return new Resolved(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, null, from, ym.toString());
    }
    if (e.day > YearMonth.of(year, e.month).lengthOfMonth()) {
      return Resolved.unresolved(e.weekday, String.format(Locale.ROOT, "XXXX-%02d-%02d", e.month, e.day));
    }
    LocalDate d = LocalDate.of(year, e.month, e.day);
    return day(d, from);
  }

  private static Expr single(Expr e) {
    Expr s = new Expr(Kind.CALENDAR, e.start, e.end);
    s.year = e.year;
    s.month = e.month;
    s.day = e.day;
    return s;
  }

  private Resolved weekday(Expr e) {
    if (anchor == null) {
      return Resolved.unresolved(e.weekday, "XXXX-WXX-" + e.weekday.getValue());
    }
    LocalDate d = switch (e.direction) {
      case -1 -> anchor.with(TemporalAdjusters.previous(e.weekday));
      case 1 -> anchor.with(TemporalAdjusters.next(e.weekday));
      default -> anchor.with(TemporalAdjusters.previousOrSame(e.weekday));
    };
    return day(d, anchorKind);
  }

  private Resolved relativeDay(Expr e) {
    int days = e.offset;
    if (anchor == null) {
      return Resolved.unresolved(null, days == 0 ? "PRESENT_REF" : days < 0 ? "PAST_REF" : "FUTURE_REF");
    }
    return day(anchor.plusDays(days), anchorKind);
  }

  private Resolved relativeUnit(Expr e) {
    if (anchor == null) {
      return Resolved.unresolved(null, e.offset == 0 && !e.toAnchor ? "PRESENT_REF"
          : e.offset > 0 ? "FUTURE_REF" : e.toAnchor ? "PRESENT_REF" : "PAST_REF");
    }
    return switch (e.unit) {
      case DAY -> day(anchor.plusDays(e.offset), anchorKind);
      case WEEK -> {
        LocalDate monday = anchor.plusWeeks(e.offset).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = e.toAnchor ? anchor : monday.plusDays(6);
        yield new Resolved(monday, end, DatePrecision.WEEK, null, anchorKind, week(monday));
      }
      case MONTH -> {
        YearMonth ym = YearMonth.from(anchor).plusMonths(e.offset);
        LocalDate end = e.toAnchor ? anchor : ym.atEndOfMonth();
        yield new Resolved(ym.atDay(1), end, DatePrecision.MONTH, null, anchorKind, ym.toString());
      }
      case YEAR -> {
        int y = anchor.getYear() + e.offset;
        LocalDate start = LocalDate.of(y, 1, 1);
        LocalDate end = e.toAnchor ? anchor : LocalDate.of(y, 12, 31);
        yield new Resolved(start, end, DatePrecision.YEAR, null, anchorKind, String.valueOf(y));
      }
    };
  }

  private Resolved weekend() {
    if (anchor == null) {
      return Resolved.unresolved(null, "XXXX-WXX-WE");
    }
    LocalDate sunday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    LocalDate saturday = sunday.minusDays(1);
    if (anchor.getDayOfWeek() == DayOfWeek.SATURDAY) {
      saturday = anchor;
      sunday = anchor.plusDays(1);
    }
    return new Resolved(saturday, sunday, DatePrecision.DAY, null, anchorKind, week(saturday) + "-WE");
  }

  private static Resolved anaphor(Expr e, Resolved previous) {
    if (previous == null || !previous.isResolved() || !previous.isDay()) {
      DayOfWeek wd = previous != null && e.offset == 0 ? previous.weekday() : null;
      return Resolved.unresolved(wd, wd != null ? "XXXX-WXX-" + wd.getValue() : "XXXX-XX-XX");
    }
    return day(previous.start().plusDays(e.offset), previous.from());
  }

  private static Resolved day(LocalDate d, DateResolution from) {
    return new Resolved(d, d, DatePrecision.DAY, d.getDayOfWeek(), from, d.toString());
  }

  private static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static Resolved withTime(Resolved r, Expr e) {
    if (e.timexTime == null) {
      return r;
    }
    String t = "T" + e.timexTime;
    boolean dayValue = r.isResolved() ? r.isDay() && r.start().equals(r.end())
        : r.value().startsWith("XXXX-WXX-") || UNDATED_DAY.matcher(r.value()).matches() || r.value().isEmpty();
    if (!dayValue) {
      return r;
    }
    return new Resolved(r.start(), r.end(), r.precision(), r.weekday(), r.from(), r.value() + t);
  }
}
