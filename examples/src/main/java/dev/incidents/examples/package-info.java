/** Small programs to copy from: embedding the extractor, and extracting a folder on several threads. */
package dev.incidents.examples;
