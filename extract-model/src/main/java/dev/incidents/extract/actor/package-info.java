/**
 * Actors: a lexicon of named parties ({@link dev.incidents.extract.actor.ActorLexicon}), the
 * {@link dev.incidents.extract.actor.LexiconActorExtractor} that finds them in text and gives each
 * mention a role from its context, and {@link dev.incidents.extract.actor.ActorRanking} that picks
 * the main perpetrator of a document. Parameters and results are non-null unless documented.
 */
package dev.incidents.extract.actor;
