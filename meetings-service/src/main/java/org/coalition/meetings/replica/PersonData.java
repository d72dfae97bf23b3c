package org.coalition.meetings.replica;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * The fields of partners-service's person representation that the replica keeps: the name to show, and
 * country and self-described gender for representation statistics. E-mail and phone are never read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PersonData(UUID id, String name, String country, String gender, Long version) {
}
