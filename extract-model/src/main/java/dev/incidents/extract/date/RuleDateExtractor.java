package dev.incidents.extract.date;

import dev.incidents.core.model.ReferenceContext;
import dev.incidents.core.spi.DateExtractor;
import dev.incidents.core.spi.DateMention;
import dev.incidents.core.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rule-based date extractor: the {@link TemporalTagger}'s mentions as {@link DateMention}s.
 * The document's own date (header line, dateline), the date of a statement ("police said
 * yesterday") and a date describing a person or place ({@link MentionRole#ATTRIBUTE}) are left out:
 * they date a report or another event than the sentence's, so a sentence whose only date is one of
 * them is not background either. Thread-safe.
 */
public final class RuleDateExtractor implements DateExtractor {
  /** The name it is registered under. */
  public static final String NAME = "rules";

  private final TemporalTagger tagger;

  /** An extractor with a default {@link TemporalTagger}. */
  public RuleDateExtractor() {
    this(new TemporalTagger());
  }

  /**
   * An extractor using {@code tagger}.
   *
   * @param tagger the temporal tagger
   */
  public RuleDateExtractor(TemporalTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<DateMention> extract(AnalyzedText text, ReferenceContext context) {
    List<DateMention> out = new ArrayList<>();
    for (TemporalMention m : tagger.tag(text, context)) {
      if (m.role() != MentionRole.DOCUMENT_DATE && m.role() != MentionRole.REPORTING
          && m.role() != MentionRole.ATTRIBUTE) {
        out.add(new DateMention(m.date(), m.sentence(), m.background()));
      }
    }
    return Collections.unmodifiableList(out);
  }
}
