package dev.incidents.examples.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Accumulates field scores over records, overall and per slice, and renders them. */
public final class EvalReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Tally overall = new Tally();
  private final Map<String, Tally> slices = new TreeMap<>();
  private final List<Error> errors = new ArrayList<>();

  /** A wrong field of one record. */
  public record Error(String id, String slice, Field field, String expected, String got) {}

  /** Correct and total counts per field over a set of records. */
  public static final class Tally {
    private int records;
    private final Map<Field, int[]> counts = new EnumMap<>(Field.class);

    private void add(List<FieldScore> scores) {
      records++;
      for (FieldScore s : scores) {
        int[] c = counts.computeIfAbsent(s.field(), f -> new int[2]);
        c[1]++;
        if (s.correct()) {
          c[0]++;
        }
      }
    }

    /**
     * The number of records counted.
     *
     * @return the number of records
     */
    public int records() {
      return records;
    }

    /**
     * The number of records whose {@code f} was right.
     *
     * @param f the field
     * @return the correct count
     */
    public int correct(Field f) {
      return counts.getOrDefault(f, new int[2])[0];
    }

    /**
     * The number of records that code {@code f}.
     *
     * @param f the field
     * @return the total count
     */
    public int total(Field f) {
      return counts.getOrDefault(f, new int[2])[1];
    }
  }

  /**
   * Adds the scores of one record.
   *
   * @param gold the gold record
   * @param scores its field scores
   */
  public void add(GoldRecord gold, List<FieldScore> scores) {
    overall.add(scores);
    slices.computeIfAbsent(gold.slice(), s -> new Tally()).add(scores);
    for (FieldScore s : scores) {
      if (!s.correct()) {
        errors.add(new Error(gold.id(), gold.slice(), s.field(), s.expected(), s.got()));
      }
    }
  }

  /**
   * The tally over all records.
   *
   * @return the overall tally
   */
  public Tally overall() {
    return overall;
  }

  /**
   * The tallies per slice, by slice name.
   *
   * @return the slice tallies
   */
  public Map<String, Tally> slices() {
    return slices;
  }

  /**
   * The wrong fields, in the order they were added.
   *
   * @return the errors
   */
  public List<Error> errors() {
    return List.copyOf(errors);
  }

  /**
   * A plain-text table: overall, then each slice; the wrong records after them when asked.
   *
   * @param showErrors whether to list the wrong records
   * @return the table
   */
  public String toTable(boolean showErrors) {
    StringBuilder out = new StringBuilder();
    out.append("all records (").append(overall.records).append(")\n");
    table(out, overall);
    for (Map.Entry<String, Tally> e : slices.entrySet()) {
      out.append('\n').append("slice ").append(e.getKey()).append(" (").append(e.getValue().records).append(")\n");
      table(out, e.getValue());
    }
    if (showErrors) {
      out.append("\nerrors (").append(errors.size()).append(")\n");
      for (Error e : errors) {
        out.append(e.id()).append('\t').append(e.field().key()).append("\texpected=").append(e.expected())
            .append("\tgot=").append(e.got()).append('\n');
      }
    }
    return out.toString();
  }

  private static void table(StringBuilder out, Tally tally) {
    out.append(String.format(Locale.ROOT, "%-12s %8s %6s %9s%n", "field", "correct", "total", "accuracy"));
    for (Field f : Field.values()) {
      int total = tally.total(f);
      String accuracy = total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * tally.correct(f) / total);
      out.append(String.format(Locale.ROOT, "%-12s %8d %6d %9s%n", f.key(), tally.correct(f), total, accuracy));
    }
  }

  /**
   * A JSON object: {@code records}, {@code fields} ({@code {field: {correct, total, accuracy}}},
   * accuracy a fraction or null), {@code slices} (the same per slice) and, when asked,
   * {@code errors}.
   *
   * @param showErrors whether to include the errors
   * @return the JSON text
   */
  public String toJson(boolean showErrors) {
    ObjectNode root = JSON.createObjectNode();
    root.put("records", overall.records);
    root.set("fields", fields(overall));
    ObjectNode sliceNode = root.putObject("slices");
    for (Map.Entry<String, Tally> e : slices.entrySet()) {
      ObjectNode s = sliceNode.putObject(e.getKey());
      s.put("records", e.getValue().records);
      s.set("fields", fields(e.getValue()));
    }
    if (showErrors) {
      ArrayNode list = root.putArray("errors");
      for (Error e : errors) {
        list.addObject().put("id", e.id()).put("slice", e.slice()).put("field", e.field().key())
            .put("expected", e.expected()).put("got", e.got());
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode fields(Tally tally) {
    ObjectNode fields = JSON.createObjectNode();
    for (Field f : Field.values()) {
      int total = tally.total(f);
      ObjectNode n = fields.putObject(f.key()).put("correct", tally.correct(f)).put("total", total);
      if (total == 0) {
        n.putNull("accuracy");
      } else {
        n.put("accuracy", Math.round(10000.0 * tally.correct(f) / total) / 10000.0);
      }
    }
    return fields;
  }
}
