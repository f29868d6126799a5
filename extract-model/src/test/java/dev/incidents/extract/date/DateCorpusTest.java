package dev.incidents.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.DateResolution;
import dev.incidents.core.model.Dateline;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.ReferenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of phrasings in {@code date-corpus.tsv}: each sentence, under its pinned context,
 * must produce exactly the listed mentions (text, TIMEX value, background, time of day, role), and
 * each mention's EventDate must agree with its value. Negatives must produce nothing.
 */
class DateCorpusTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T.*)?");

  record Expected(String text, String value, boolean background, String timeOfDay, MentionRole role, boolean time) {}

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (InputStream in = DateCorpusTest.class.getResourceAsStream("date-corpus.tsv")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int n = 0;
      for (String line : all.split("\n")) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException("date-corpus.tsv:" + n + ": expected 3 columns");
        }
        rows.add(Arguments.of(n, f[0], f[1], f[2]));
      }
    }
    return rows.stream();
  }

  @Test
  void corpusIsLargeAndHasNegatives() throws IOException {
    List<Arguments> rows = corpus().toList();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(200);
    assertThat(rows.stream().filter(a -> a.get()[3].equals("-"))).hasSizeGreaterThanOrEqualTo(25);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("corpus")
  void phrasing(int line, String anchor, String sentence, String expected) {
    List<TemporalMention> got = TAGGER.tag(sentence, context(anchor)).stream()
        .filter(m -> m.role() != MentionRole.DOCUMENT_DATE).toList();
    List<Expected> want = parse(expected);
    assertThat(got).as("mentions of: %s -> %s", sentence, describe(got)).hasSize(want.size());
    for (int i = 0; i < want.size(); i++) {
      TemporalMention m = got.get(i);
      Expected e = want.get(i);
      assertThat(m.span().text()).as("text").isEqualTo(e.text());
      assertThat(sentence.substring(m.span().start(), m.span().end())).isEqualTo(m.span().text());
      assertThat(m.value()).as("value of '%s'", e.text()).isEqualTo(e.value());
      assertThat(m.background()).as("background of '%s'", e.text()).isEqualTo(e.background());
      assertThat(m.type()).isEqualTo(e.time() ? TemporalType.TIME : TemporalType.DATE);
      if (e.timeOfDay() != null) {
        assertThat(m.date().timeOfDay()).isEqualTo(e.timeOfDay());
      } else {
        assertThat(m.date().timeOfDay()).as("timeOfDay of '%s'", e.text()).isNull();
      }
      if (e.role() != null) {
        assertThat(m.role()).isEqualTo(e.role());
      }
      checkDateAgreesWithValue(m.date(), m.value(), anchor);
    }
  }

  static ReferenceContext context(String anchor) {
    if (anchor.equals("-")) {
      return ReferenceContext.none();
    }
    if (anchor.startsWith("dl:")) {
      return new ReferenceContext(null, new Dateline("Somewhere", LocalDate.parse(anchor.substring(3))));
    }
    return ReferenceContext.publishedOn(LocalDate.parse(anchor));
  }

  private static void checkDateAgreesWithValue(EventDate d, String value, String anchor) {
    assertThat(d.text()).isEqualTo(d.span().text());
    Matcher day = DAY.matcher(value);
    if (day.matches()) {
      LocalDate x = LocalDate.parse(day.group(1));
      assertThat(d.start()).isEqualTo(x);
      assertThat(d.end()).isEqualTo(x);
      assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
      assertThat(d.weekday()).isEqualTo(x.getDayOfWeek());
      assertThat(d.resolvedFrom()).isNotEqualTo(DateResolution.UNRESOLVED);
      if (anchor.equals("-")) {
        assertThat(d.resolvedFrom()).isEqualTo(DateResolution.EXPLICIT);
      }
    } else if (value.matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}")) {
      assertThat(d.start()).isEqualTo(LocalDate.parse(value.substring(0, 10)));
      assertThat(d.end()).isEqualTo(LocalDate.parse(value.substring(11)));
      assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
    } else if (value.matches("\\d{4}-W\\d{2}")) {
      assertThat(d.precision()).isEqualTo(DatePrecision.WEEK);
      assertThat(d.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(Integer.parseInt(value.substring(6)));
      assertThat(d.end()).isEqualTo(d.start().plusDays(6));
    } else if (value.matches("\\d{4}-W\\d{2}-WE")) {
      assertThat(d.start().getDayOfWeek()).hasToString("SATURDAY");
      assertThat(d.end()).isEqualTo(d.start().plusDays(1));
    } else if (value.matches("\\d{4}-\\d{2}")) {
      assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
      assertThat(d.start()).isEqualTo(YearMonth.parse(value).atDay(1));
    } else if (value.matches("\\d{4}")) {
      assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
      assertThat(d.start()).isEqualTo(LocalDate.of(Integer.parseInt(value), 1, 1));
    } else {
      assertThat(d.isResolved()).as("unresolved: %s", value).isFalse();
      assertThat(d.resolvedFrom()).isEqualTo(DateResolution.UNRESOLVED);
      if (value.startsWith("XXXX-WXX-") && Character.isDigit(value.charAt(9))) {
        assertThat(d.weekday().getValue()).isEqualTo(value.charAt(9) - '0');
      }
    }
  }

  static List<Expected> parse(String expected) {
    List<Expected> out = new ArrayList<>();
    if (expected.equals("-")) {
      return out;
    }
    for (String item : expected.split(" ;; ")) {
      String[] tv = item.split(" => ");
      String[] parts = tv[1].split(" ");
      boolean bg = false;
      boolean time = false;
      String tod = null;
      MentionRole role = null;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i];
        if (p.equals("bg")) {
          bg = true;
        } else if (p.equals("time")) {
          time = true;
        } else if (p.startsWith("tod=")) {
          tod = p.substring(4);
        } else if (p.startsWith("role=")) {
          role = MentionRole.valueOf(p.substring(5));
        } else if (tod != null && !p.contains("=")) {
          tod = tod + " " + p; // "tod=early hours"
        } else {
          throw new IllegalArgumentException("bad flag " + p + " in " + item);
        }
      }
      out.add(new Expected(tv[0], parts[0], bg, tod, role, time));
    }
    return out;
  }

  private static String describe(List<TemporalMention> ms) {
    return ms.stream().map(m -> m.span().text() + " => " + m.value() + (m.background() ? " bg" : "")
        + (m.date().timeOfDay() != null ? " tod=" + m.date().timeOfDay() : "") + " " + m.role()).toList().toString();
  }
}
