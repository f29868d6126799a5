/**
 * Places: the bundled GeoNames {@link dev.incidents.extract.place.Gazetteer} and the
 * {@link dev.incidents.extract.place.GazetteerPlaceExtractor}, which finds place names in an
 * article and resolves them against the gazetteer using the article's own context. Its word
 * lists and reviewed aliases are data files in the resources of this package.
 */
package dev.incidents.extract.place;
