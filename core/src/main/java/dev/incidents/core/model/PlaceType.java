package dev.incidents.core.model;

/** The kind of place a location names, which is also its geographic precision. Constants are spelled as the JSON contract spells them. */
public enum PlaceType {
  COUNTRY, PROVINCE, DISTRICT, CITY, TOWN, AREA, SITE
}
