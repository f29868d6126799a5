package dev.incidents.examples.eval;

/**
 * The verdict on one field of one record.
 *
 * @param field the field
 * @param correct whether the extraction matches the gold value
 * @param expected the gold value, as text
 * @param got what the extraction gave, as text
 */
public record FieldScore(Field field, boolean correct, String expected, String got) {}
