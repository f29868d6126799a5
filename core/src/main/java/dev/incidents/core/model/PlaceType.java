package dev.incidents.core.model;

/** The kind of place a location names, which is also its geographic precision. Constants are spelled as the JSON contract spells them. */
public enum PlaceType {
  /** a country */
  COUNTRY,
  /** a province or state */
  PROVINCE,
  /** a district */
  DISTRICT,
  /** a city */
  CITY,
  /** a town or village */
  TOWN,
  /** an area or region */
  AREA,
  /** a site within a place */
  SITE
}
