package org.coalition.partners.engagement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The fields of meetings-service's and projects-service's representations that engagement reads. */
final class EventData {

    private EventData() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meeting(UUID id, String kind, Instant startsAt, String status, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Participant(UUID id, UUID meetingId, UUID personId, UUID partnerId, String role, String status, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActionItem(UUID id, UUID ownerPersonId, UUID ownerPartnerId, String status, LocalDate dueOn,
            Instant updatedAt, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Project(UUID id, String title, String status, List<UUID> leadMemberPersonIds,
            List<ParticipatingPartner> participatingPartners, Instant updatedAt, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ParticipatingPartner(UUID partnerId, String role) {
    }
}
