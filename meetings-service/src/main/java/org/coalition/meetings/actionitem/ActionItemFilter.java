package org.coalition.meetings.actionitem;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.paging.FilterValues;
import org.coalition.kit.problem.Problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the action-item list, as query parameters; {@link #criteria()} checks every one. */
public class ActionItemFilter {

    @QueryParam("meetingId")
    @Parameter(description = "Action items agreed at this meeting")
    String meetingId;

    @QueryParam("ownerPersonId")
    @Parameter(description = "Action items this person owns")
    String ownerPersonId;

    @QueryParam("ownerPartnerId")
    @Parameter(description = "Action items this organisation owns")
    String ownerPartnerId;

    @QueryParam("status")
    @Parameter(description = "open, in-progress, done or dropped")
    String status;

    @QueryParam("overdue")
    @Parameter(description = "true: only open or in-progress items past their due date; false: all others")
    String overdue;

    @QueryParam("projectId")
    @Parameter(description = "Action items linked to this project")
    String projectId;

    @QueryParam("updatedSince")
    @Parameter(description = "Only action items changed at or after this RFC 3339 time", example = "2024-05-21T02:00:00Z")
    String updatedSince;

    Criteria criteria() {
        List<FieldError> errors = new ArrayList<>();
        Boolean overdueValue = null;
        if (overdue != null) {
            if (overdue.equals("true") || overdue.equals("false")) {
                overdueValue = Boolean.valueOf(overdue);
            } else {
                errors.add(new FieldError("overdue", "must be true or false"));
            }
        }
        Criteria criteria = new Criteria(
                FilterValues.id(meetingId, "meetingId", errors),
                FilterValues.id(ownerPersonId, "ownerPersonId", errors),
                FilterValues.id(ownerPartnerId, "ownerPartnerId", errors),
                FilterValues.slug(ActionItemStatus.class, status, "status", errors),
                overdueValue,
                FilterValues.id(projectId, "projectId", errors),
                FilterValues.time(updatedSince, "updatedSince", errors));
        FilterValues.failOn(errors);
        return criteria;
    }

    record Criteria(UUID meetingId, UUID ownerPersonId, UUID ownerPartnerId, ActionItemStatus status, Boolean overdue,
            UUID projectId, OffsetDateTime updatedSince) {
    }
}
