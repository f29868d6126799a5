package dev.incidents.extract.date;

import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.DateResolution;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.ReferenceContext;
import dev.incidents.core.model.Span;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Normalizer;
import dev.incidents.core.text.Sentence;
import dev.incidents.extract.date.DateResolver.Resolved;
import dev.incidents.extract.date.Expr.Kind;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds every DATE and TIME expression of a text and resolves it against a
 * {@link ReferenceContext}: rule-based (regular expressions over each sentence, vocabulary in
 * {@code date-lexicon.tsv}), no clock, no state between documents; thread-safe.
 *
 * <p>Resolution, in order of the text:
 *
 * <ul>
 *   <li>A full date ("July 19, 2025", "2025-07-20", "01/26/2018") is {@code EXPLICIT}.
 *   <li>Expressions relative to the document ("yesterday", "Saturday", "last week", "19 July" with
 *       no year) resolve against {@link ReferenceContext#anchor()}, past-preferring: "Saturday" is
 *       the most recent Saturday on or before the anchor, the anchor itself when it is a Saturday.
 *       With no anchor they stay unresolved; a weekday is kept.
 *   <li>A month and day with no year and no anchor take the year of the latest full date the text
 *       gave before them ("Around 15 May 2022 (between 27 April - 1 June)").
 *   <li>"the same day", "a day earlier" resolve against the previously mentioned day, and stay
 *       unresolved when that one is.
 *   <li>A time of day joins the day next to it ("around 3 a.m. local time on Saturday"); alone it
 *       is a TIME mention with no date.
 * </ul>
 *
 * <p>A mention is {@code background} when the text marks it as past ("last year", "two years
 * ago", "a day earlier"), when it dates a report ("police said yesterday") or what describes a person
 * or place ({@link MentionRole#ATTRIBUTE}: "near the spot where a convoy was ambushed last week"), or
 * when an event mention
 * (not the bound of a period: "since 2006") ends more
 * than {@value #BACKGROUND_DAYS} days before the document's main day, the first day-precise event
 * mention; when the text gives no such day, more than {@value #BACKGROUND_DAYS_FROM_ANCHOR} days before
 * the anchor (a recent "last month" may be the news itself). The document's own header (header line, dateline) is reported with
 * role {@link MentionRole#DOCUMENT_DATE}; a GTD-style prefix is the event date and is reported as an
 * explicit event mention.
 */
public final class TemporalTagger {
  static final int BACKGROUND_DAYS = 7;
  static final int BACKGROUND_DAYS_FROM_ANCHOR = 31;

  private final DateGrammar grammar;
  private final HeaderReader headers = new HeaderReader();
  private volatile CoreNlpAnalyzer splitter;

  /** A tagger with the standard vocabulary. */
  public TemporalTagger() {
    this.grammar = new DateGrammar(Lexicon.standard());
  }

  /**
   * Tags a raw text: normalises it and splits it into sentences (tokenizer only, no model
   * files). Spans are offsets into {@code text}.
   *
   * @param text the raw text
   * @param context what relative dates resolve against
   * @return the mentions, in text order
   */
  public List<TemporalMention> tag(String text, ReferenceContext context) {
    CoreNlpAnalyzer a = splitter;
    if (a == null) {
      synchronized (this) {
        if (splitter == null) {
          splitter = new CoreNlpAnalyzer(AnalyzerProfile.TOKENS);
        }
        a = splitter;
      }
    }
    return tag(a.analyze(Normalizer.standard().normalize(text).text()), context);
  }

  /**
   * Tags an analysed text. Spans are offsets into the caller's original text.
   *
   * @param text the analysed text
   * @param context what relative dates resolve against
   * @return the mentions, in text order
   */
  public List<TemporalMention> tag(AnalyzedText text, ReferenceContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    HeaderReader.Header header = headers.read(text.text());
    Span headerSpan = header.eventDate() == null ? header.span() : null;

    List<Expr> exprs = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      exprs.addAll(grammar.parse(s.text(), s.start(), s.index()));
    }
    for (Expr e : exprs) {
      if (headerSpan != null && e.start < headerSpan.end() && headerSpan.start() < e.end) {
        e.role = MentionRole.DOCUMENT_DATE;
      }
    }

    DateResolver resolver = new DateResolver(context.anchor(), context.anchorKind());
    List<Resolved> resolved = new ArrayList<>();
    Integer textYear = null;
    Resolved previousDay = null;
    for (Expr e : exprs) {
      Resolved r = resolver.resolve(e, textYear, previousDay);
      resolved.add(r);
      if (e.kind == Kind.CALENDAR && e.year != null && e.month != null) {
        textYear = e.rangeEnd != null && e.rangeEnd.year != null ? e.rangeEnd.year : e.year;
      }
      boolean dayLike = r.isResolved() ? r.isDay() && r.start().equals(r.end())
          : e.kind == Kind.WEEKDAY || e.kind == Kind.ANAPHOR || e.kind == Kind.RELATIVE_DAY
              || (e.kind == Kind.CALENDAR && e.day != null);
      if (dayLike && e.role != MentionRole.DOCUMENT_DATE && e.role != MentionRole.REPORTING
          && e.role != MentionRole.ATTRIBUTE) {
        previousDay = r;
      }
    }

    LocalDate main = null;
    for (int i = 0; i < exprs.size() && main == null; i++) {
      Expr e = exprs.get(i);
      Resolved r = resolved.get(i);
      if (r.isResolved() && r.precision() == DatePrecision.DAY && !e.pastCue
          && (e.role == MentionRole.EVENT || e.role == MentionRole.RANGE_START || e.role == MentionRole.RANGE_END)) {
        main = r.start();
      }
    }
    int margin = BACKGROUND_DAYS;
    if (main == null) {
      main = context.anchor();
      margin = BACKGROUND_DAYS_FROM_ANCHOR;
    }

    List<TemporalMention> out = new ArrayList<>();
    for (int i = 0; i < exprs.size(); i++) {
      Expr e = exprs.get(i);
      Resolved r = resolved.get(i);
      boolean background = e.role != MentionRole.DOCUMENT_DATE
          && (e.pastCue || e.role == MentionRole.REPORTING || e.role == MentionRole.ATTRIBUTE
              || (e.role == MentionRole.EVENT && r.isResolved() && main != null
                  && r.end().isBefore(main.minusDays(margin))));
      out.add(mention(text, e, r, background));
    }
    return List.copyOf(out);
  }

  private static TemporalMention mention(AnalyzedText text, Expr e, Resolved r, boolean background) {
    Span span = text.span(e.start, e.end);
    DateResolution from = r.isResolved() ? r.from() : DateResolution.UNRESOLVED;
    EventDate date = new EventDate(r.start(), r.end(), r.isResolved() ? r.precision() : DatePrecision.UNKNOWN,
        r.weekday(), e.timeOfDay, span.text(), from, span);
    TemporalType type = e.kind == Kind.TIME ? TemporalType.TIME : TemporalType.DATE;
    String value = e.kind == Kind.TIME ? "T" + e.timexTime : r.value();
    return new TemporalMention(span, type, value, date, e.sentence, background, e.role);
  }
}
