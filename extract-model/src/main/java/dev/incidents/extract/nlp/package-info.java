/** The adapter to Stanford CoreNLP: the only package that touches its types. */
package dev.incidents.extract.nlp;
