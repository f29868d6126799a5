/**
 * {@code incidents bench}: articles per second of the fast and accurate profiles and of CoreNLP's
 * stock pipeline on the seed articles, cold start, heap after GC, and the share of time spent
 * outside CoreNLP annotation. The measured functions come through {@link
 * dev.incidents.examples.bench.BenchEnvironment}, so that the command's logic is tested without
 * the models.
 */
package dev.incidents.examples.bench;
