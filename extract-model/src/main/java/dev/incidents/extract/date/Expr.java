package dev.incidents.extract.date;

import java.time.DayOfWeek;

/**
 * A parsed, not yet resolved date or time expression. Internal and mutable while the grammar
 * combines neighbours ("Saturday" + "evening"); never shared between documents.
 */
final class Expr {
  /** What the expression says, before any context is applied. */
  enum Kind {
    /** Calendar fields: any of year, month, day. */
    CALENDAR,
    /** A bare weekday, resolved to the most recent one on or before the anchor. */
    WEEKDAY,
    /** A day offset from the anchor ("yesterday"). */
    RELATIVE_DAY,
    /** A week, month or year offset from the anchor ("last week", "two years ago"). */
    RELATIVE_UNIT,
    /** The weekend on or before the anchor. */
    WEEKEND,
    /** A day offset from the previously mentioned event date ("the same day"). */
    ANAPHOR,
    /** A time of day with no day. */
    TIME,
    /** A date in a calendar or frame we do not resolve (Islamic months, fiscal years). */
    UNRESOLVABLE
  }

  /** Units of {@link Kind#RELATIVE_UNIT}. */
  enum Unit { DAY, WEEK, MONTH, YEAR }

  Kind kind;
  int start;
  int end;
  int sentence;

  Integer year;
  Integer month;
  Integer day;
  /** Range end for calendar ranges ("between 3 and 5 March"), else null. */
  Expr rangeEnd;

  DayOfWeek weekday;
  /** For weekdays: 0 = on or before the anchor, -1 = strictly before ("last Friday"), 1 = after. */
  int direction;

  int offset;
  Unit unit;
  /** For relative units: the whole current period up to the anchor ("earlier this month"). */
  boolean toAnchor;

  /** Clock time "HH:mm" or a TIMEX part of day ("EV"), or null. */
  String timexTime;
  /** timeOfDay as the model spells it: "03:00", "evening". */
  String timeOfDay;

  /** The text itself says this dates a past event ("last year", "two years ago", "a day earlier"). */
  boolean pastCue;
  MentionRole role = MentionRole.EVENT;
  /** Looks like a date but is not a valid one ("31 April"): claims its words, then is dropped. */
  boolean invalid;

  Expr(Kind kind, int start, int end) {
    this.kind = kind;
    this.start = start;
    this.end = end;
  }

  boolean isDay() {
    return kind != Kind.TIME;
  }

  boolean hasTime() {
    return timexTime != null;
  }

  void setTime(String timex, String word) {
    this.timexTime = timex;
    this.timeOfDay = word;
  }
}
