package org.coalition.projects.replica;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** The fields of partners-service's person representation that the replica keeps; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PersonData(UUID id, String name, String country, Long version) {
}
