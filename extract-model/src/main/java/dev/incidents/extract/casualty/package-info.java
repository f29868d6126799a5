/**
 * Casualty figures: who was killed, injured, kidnapped, arrested or went missing, how many, by
 * whose account. {@link dev.incidents.extract.casualty.RuleCasualtyExtractor} finds them with rules
 * read from this package's data files; {@link dev.incidents.extract.casualty.CasualtyTotals} turns
 * an incident's figures into per-outcome totals that never count a figure twice.
 */
package dev.incidents.extract.casualty;
