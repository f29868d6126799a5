/** The adapter to Stanford CoreNLP: the only package that touches its types. */
@NullMarked
package dev.incidents.extract.nlp;

import org.jspecify.annotations.NullMarked;
