/**
 * The {@code incidents} command-line tool: {@code extract} (files or JSON Lines, JSON or
 * ACLED-style CSV) and {@code eval} (per-field accuracy on a gold file). Commands take their
 * extraction through {@link dev.incidents.examples.cli.ExtractorFactory}, so that their logic is
 * tested without the models. Nothing here is null unless documented as "or null".
 */
package dev.incidents.examples.cli;
