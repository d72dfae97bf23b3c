package org.coalition.meetings.meeting;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.paging.FilterValues;
import org.coalition.kit.problem.Problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the meeting list, as query parameters; {@link #criteria()} checks every one. */
public class MeetingFilter {

    @QueryParam("from")
    @Parameter(description = "Meetings that end at or after this RFC 3339 time", example = "2024-01-01T00:00:00Z")
    String from;

    @QueryParam("to")
    @Parameter(description = "Meetings that start before this RFC 3339 time", example = "2025-01-01T00:00:00Z")
    String to;

    @QueryParam("kind")
    @Parameter(description = "annual-meeting, working-group, workshop, conference, cop-session, consultation, webinar or site-visit")
    String kind;

    @QueryParam("groupId")
    @Parameter(description = "Meetings convened by this group")
    String groupId;

    @QueryParam("hostPartnerId")
    @Parameter(description = "Meetings this organisation hosts")
    String hostPartnerId;

    @QueryParam("participantPartnerId")
    @Parameter(description = "Meetings this organisation takes part in")
    String participantPartnerId;

    @QueryParam("participantPersonId")
    @Parameter(description = "Meetings this person takes part in")
    String participantPersonId;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 of the location", example = "KH")
    String country;

    @QueryParam("subdivision")
    @Parameter(description = "ISO 3166-2 of the location", example = "KH-12")
    String subdivision;

    @QueryParam("status")
    @Parameter(description = "planned, confirmed, held or cancelled")
    String status;

    @QueryParam("q")
    @Parameter(description = "Words that the title (in any language) contains, in any order; case and accents are ignored")
    String q;

    @QueryParam("updatedSince")
    @Parameter(description = "Only meetings changed at or after this RFC 3339 time", example = "2024-05-21T02:00:00Z")
    String updatedSince;

    /** The filters as checked values, or a 400 naming every bad parameter. */
    public Criteria criteria() {
        List<FieldError> errors = new ArrayList<>();
        Criteria criteria = new Criteria(
                FilterValues.time(from, "from", errors),
                FilterValues.time(to, "to", errors),
                FilterValues.slug(MeetingKind.class, kind, "kind", errors),
                FilterValues.id(groupId, "groupId", errors),
                FilterValues.id(hostPartnerId, "hostPartnerId", errors),
                FilterValues.id(participantPartnerId, "participantPartnerId", errors),
                FilterValues.id(participantPersonId, "participantPersonId", errors),
                FilterValues.country(country, "country", errors),
                subdivision(errors),
                FilterValues.slug(MeetingStatus.class, status, "status", errors),
                FilterValues.text(q, "q", errors),
                FilterValues.time(updatedSince, "updatedSince", errors));
        if (criteria.from() != null && criteria.to() != null && !criteria.to().isAfter(criteria.from())) {
            errors.add(new FieldError("to", "must be after from"));
        }
        FilterValues.failOn(errors);
        return criteria;
    }

    private String subdivision(List<FieldError> errors) {
        if (subdivision != null && !subdivision.matches("[A-Z]{2}-[A-Z0-9]{1,3}")) {
            errors.add(new FieldError("subdivision", "must be an ISO 3166-2 code such as KH-12"));
        }
        return subdivision;
    }

    /** A filter for one group's meetings only, as the calendar feed uses. */
    public static Criteria ofGroup(UUID groupId) {
        return new Criteria(null, null, null, groupId, null, null, null, null, null, null, null, null);
    }

    public record Criteria(OffsetDateTime from, OffsetDateTime to, MeetingKind kind, UUID groupId, UUID hostPartnerId,
            UUID participantPartnerId, UUID participantPersonId, String country, String subdivision,
            MeetingStatus status, String q, OffsetDateTime updatedSince) {
    }
}
