/**
 * The incident model, its JSON contract, the extractor SPI and text alignment.
 *
 * <p>Values are immutable records; fields documented "or null" may be null, nothing else is.
 */
module dev.incidents.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.jsoup;
  requires static transitive org.jspecify;

  exports dev.incidents.core.model;
  exports dev.incidents.core.json;
  exports dev.incidents.core.spi;
  exports dev.incidents.core.text;

  opens dev.incidents.core.model to com.fasterxml.jackson.databind;

  uses dev.incidents.core.spi.ExtractorProvider;
}
