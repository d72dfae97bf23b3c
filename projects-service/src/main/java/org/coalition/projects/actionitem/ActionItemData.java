package org.coalition.projects.actionitem;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The fields of meetings-service's action-item representation that this service keeps; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ActionItemData(UUID id, UUID meetingId, UUID projectId, String title, String status, LocalDate dueOn,
        Instant completedAt, UUID ownerPersonId, UUID ownerPartnerId, Long version) {
}
