/**
 * Claims: the {@link dev.incidents.extract.claim.RuleClaimExtractor} finds responsibility claims,
 * a party's own casualty figures, accusations, denials and statements; a
 * {@link dev.incidents.extract.claim.ClaimantResolver} decides who makes each. Parameters and
 * results are non-null unless documented.
 */
package dev.incidents.extract.claim;
