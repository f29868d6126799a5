package dev.incidents.extract.nlp;

import dev.incidents.core.text.AlignedText;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.EntityMention;
import dev.incidents.core.text.Sentence;
import dev.incidents.core.text.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The one door to CoreNLP: builds a pipeline per {@link AnalyzerProfile} once per JVM, shares it
 * across threads, and turns its annotations into our own {@link Sentence}, {@link Token} and
 * {@link EntityMention} records at once. Nothing of CoreNLP leaves this class.
 */
public final class CoreNlpAnalyzer {
  private static final Map<String, StanfordCoreNLP> PIPELINES_BY_SPLIT = new java.util.HashMap<>();

  /** Entity mentions CoreNLP builds from pronouns: not names, left out. */
  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "it", "they", "him", "her",
      "his", "hers", "its", "their", "them", "we", "us", "i", "me", "you", "our");

  private final AnalyzerProfile profile;

  /**
   * An analyzer running {@code profile}; the models load on first use and are shared per JVM.
   *
   * @param profile the annotator profile
   */
  public CoreNlpAnalyzer(AnalyzerProfile profile) {
    this.profile = profile;
  }

  /**
   * The annotator profile it runs.
   *
   * @return the profile
   */
  public AnalyzerProfile profile() {
    return profile;
  }

  /**
   * Loads the models now rather than on the first document.
   *
   * @return this analyzer
   */
  public CoreNlpAnalyzer warmUp() {
    pipeline(profile, false);
    pipeline(profile, true);
    return this;
  }

  /**
   * Analyzes a normalised text.
   *
   * @param aligned the normalised text
   * @return the text with sentences, tokens and entities
   */
  public AnalyzedText analyze(AlignedText aligned) {
    String text = aligned.text();
    if (text.isBlank()) {
      return new AnalyzedText(aligned, List.of(), List.of());
    }
    boolean hardWrapped = LineLayout.isHardWrapped(text);
    Annotation doc = new Annotation(text);
    pipeline(profile, hardWrapped).annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
    int paragraph = 0;
    int previousEnd = 0;
    for (CoreMap sm : maps) {
      int index = sentences.size();
      int start = sm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (index > 0 && LineLayout.paragraphBreakBetween(text, previousEnd, start, hardWrapped)) {
        paragraph++;
      }
      previousEnd = end;
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel cl : sm.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(tokens.size(), cl.originalText(), cl.beginPosition(), cl.endPosition(),
            cl.tag(), cl.lemma(), cl.ner()));
      }
      sentences.add(new Sentence(index, start, end, text.substring(start, end), tokens, paragraph));
      List<CoreMap> mentions = sm.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          int ms = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          int me = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
          if (PRONOUNS.contains(text.substring(ms, me).toLowerCase(java.util.Locale.ROOT))) {
            continue;
          }
          entities.add(new EntityMention(m.get(CoreAnnotations.NamedEntityTagAnnotation.class), index, ms, me,
              text.substring(ms, me)));
        }
      }
    }
    return new AnalyzedText(aligned, sentences, entities);
  }

  private static StanfordCoreNLP pipeline(AnalyzerProfile profile, boolean hardWrapped) {
    String key = profile + "/" + hardWrapped;
    synchronized (PIPELINES_BY_SPLIT) {
      return PIPELINES_BY_SPLIT.computeIfAbsent(key, k -> new StanfordCoreNLP(properties(profile, hardWrapped)));
    }
  }

  static Properties properties(AnalyzerProfile profile, boolean hardWrapped) {
    Properties p = new Properties();
    p.setProperty("annotators", String.join(",", profile.annotators()));
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    p.setProperty("ssplit.newlineIsSentenceBreak", hardWrapped ? "two" : "always");
    if (profile.annotators().contains("ner")) {
      p.setProperty("ner.model", profile.fourClassNer()
          ? "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"
          : "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.buildEntityMentions", "true");
      p.setProperty("ner.combinationMode", "NORMAL");
      // CoreNLP lists pos and lemma as prerequisites of ner; our NER models use neither.
      p.setProperty("enforceRequirements", "false");
    }
    p.setProperty("threads", "1");
    return p;
  }
}
