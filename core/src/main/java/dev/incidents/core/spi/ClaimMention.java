package dev.incidents.core.spi;

import dev.incidents.core.model.Claim;

/**
 * An attributed claim.
 *
 * @param claim the claim, with its span
 * @param sentence index of its sentence
 */
public record ClaimMention(Claim claim, int sentence) {}
