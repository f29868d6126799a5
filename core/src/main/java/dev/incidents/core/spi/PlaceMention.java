package dev.incidents.core.spi;

import dev.incidents.core.model.Place;

/**
 * A place mention, resolved where possible.
 *
 * @param place the place, with its span
 * @param sentence index of its sentence
 * @param confidence 0..1, how sure the resolution is
 */
public record PlaceMention(Place place, int sentence, double confidence) {}
