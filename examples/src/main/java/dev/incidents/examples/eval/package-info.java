/**
 * The evaluation harness: gold records, the per-field {@link dev.incidents.examples.eval.Scorer},
 * and the report (overall and per slice). Nothing here is null unless documented as "or null".
 */
package dev.incidents.examples.eval;
