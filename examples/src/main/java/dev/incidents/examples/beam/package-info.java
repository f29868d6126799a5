/**
 * Apache Beam: {@link dev.incidents.examples.beam.ExtractIncidents}, a transform from articles to
 * results that loads the models once per worker JVM, coders for both through incident JSON, and
 * {@link dev.incidents.examples.beam.JsonlPipeline}, an example pipeline from text files or JSON
 * Lines to JSON Lines of results.
 */
package dev.incidents.examples.beam;
