/** The incident-json-v1 wire contract: {@link dev.incidents.core.json.IncidentJson}. */
package dev.incidents.core.json;
