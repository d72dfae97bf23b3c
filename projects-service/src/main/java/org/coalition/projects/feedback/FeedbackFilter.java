package org.coalition.projects.feedback;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.paging.FilterValues;
import org.coalition.kit.problem.Problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the feedback lists, as query parameters; {@link #criteria} checks every one. */
public class FeedbackFilter {

    @QueryParam("kind")
    @Parameter(description = "advice, question or resource")
    String kind;

    @QueryParam("resolved")
    @Parameter(description = "true for feedback the leads have acted on, false for the rest")
    String resolved;

    @QueryParam("authorPersonId")
    @Parameter(description = "Feedback this person wrote")
    String authorPersonId;

    Criteria criteria(UUID projectId, UUID communityId) {
        List<FieldError> errors = new ArrayList<>();
        Boolean isResolved = null;
        if (resolved != null) {
            if (resolved.equals("true") || resolved.equals("false")) {
                isResolved = Boolean.valueOf(resolved);
            } else {
                errors.add(new FieldError("resolved", "must be true or false"));
            }
        }
        Criteria criteria = new Criteria(projectId, communityId,
                FilterValues.slug(FeedbackKind.class, kind, "kind", errors), isResolved,
                FilterValues.id(authorPersonId, "authorPersonId", errors));
        FilterValues.failOn(errors);
        return criteria;
    }

    record Criteria(UUID projectId, UUID communityId, FeedbackKind kind, Boolean resolved, UUID authorPersonId) {
    }
}
