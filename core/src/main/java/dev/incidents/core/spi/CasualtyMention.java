package dev.incidents.core.spi;

import dev.incidents.core.model.CasualtyFigure;

/**
 * A casualty figure where the text states it.
 *
 * @param figure the figure
 * @param sentence index of its sentence
 * @param agent the words naming who inflicted it ("security forces"), or null
 * @param cumulative whether the text presents it as a running or combined total ("the death toll
 *     rose to", "a total of", "combined with")
 */
public record CasualtyMention(CasualtyFigure figure, int sentence, String agent, boolean cumulative) {}
