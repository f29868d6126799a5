/**
 * Text normalisation with alignment back to the caller's text, and the toolkit-neutral
 * analysis (sentences, tokens, entities) that extractors read.
 */
@NullMarked
package dev.incidents.core.text;

import org.jspecify.annotations.NullMarked;
