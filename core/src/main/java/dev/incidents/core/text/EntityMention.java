package dev.incidents.core.text;

/**
 * A named entity found by the NLP toolkit.
 *
 * @param type "PERSON", "LOCATION", "ORGANIZATION", "MISC", ...
 * @param sentence index of its sentence
 * @param start offset in the normalised text
 * @param end offset just past it
 * @param text its characters
 */
public record EntityMention(String type, int sentence, int start, int end, String text) {}
