package dev.incidents.core.spi;

import dev.incidents.core.model.EventDate;

/**
 * A date or time expression and its resolution.
 *
 * @param date the resolved (or unresolved) date, with its span
 * @param sentence index of its sentence
 * @param background whether the expression dates a past event rather than the news ("in 2019")
 */
public record DateMention(EventDate date, int sentence, boolean background) {}
