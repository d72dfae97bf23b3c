package org.coalition.meetings.replica;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** The fields of partners-service's group representation that the replica keeps; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record GroupData(UUID id, String name, String status, Long version) {
}
