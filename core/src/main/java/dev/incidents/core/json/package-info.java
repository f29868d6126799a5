/** The incident-json-v1 wire contract: {@link dev.incidents.core.json.IncidentJson}. */
@NullMarked
package dev.incidents.core.json;

import org.jspecify.annotations.NullMarked;
