package org.coalition.meetings.replica;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** The fields of partners-service's organisation representation that the replica keeps; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PartnerData(UUID id, String name, String type, String country, String subdivision, String status,
        UUID mergedInto, Long version) {
}
