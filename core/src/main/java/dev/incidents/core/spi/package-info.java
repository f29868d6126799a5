/**
 * The extractor SPI: one small interface per fact, the assembler, their mention records, and the
 * {@link dev.incidents.core.spi.ExtractorRegistry} that finds implementations by name through
 * {@link java.util.ServiceLoader}.
 */
@NullMarked
package dev.incidents.core.spi;

import org.jspecify.annotations.NullMarked;
