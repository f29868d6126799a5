/**
 * Cross-article merge: links reports of the same incident in several results and gives the
 * band of their figures.
 */
@NullMarked
package dev.incidents.extract.merge;

import org.jspecify.annotations.NullMarked;
