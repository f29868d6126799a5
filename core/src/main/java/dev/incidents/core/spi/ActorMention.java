package dev.incidents.core.spi;

import dev.incidents.core.model.Actor;

/**
 * An actor mention with its role in the sentence's event.
 *
 * @param actor the actor, with its span
 * @param sentence index of its sentence
 */
public record ActorMention(Actor actor, int sentence) {}
