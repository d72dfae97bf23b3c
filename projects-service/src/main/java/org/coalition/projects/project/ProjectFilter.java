package org.coalition.projects.project;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.paging.FilterValues;
import org.coalition.projects.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the project list, as query parameters; {@link #criteria()} checks every one. */
public class ProjectFilter {

    @QueryParam("communityId")
    @Parameter(description = "Projects of this community of practice")
    String communityId;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2", example = "PE")
    String country;

    @QueryParam("theme")
    @Parameter(description = "A theme slug from GET /v1/partners/themes", example = "teacher-development")
    String theme;

    @QueryParam("status")
    @Parameter(description = "pipeline, active, on-hold, completed or discontinued")
    String status;

    @QueryParam("partnerId")
    @Parameter(description = "Projects this organisation takes part in, in any role")
    String partnerId;

    @QueryParam("leadPersonId")
    @Parameter(description = "Projects this person leads")
    String leadPersonId;

    @QueryParam("q")
    @Parameter(description = "Words that the title contains, in any order; case and accents are ignored")
    String q;

    @QueryParam("updatedSince")
    @Parameter(description = "Only projects changed at or after this RFC 3339 time", example = "2024-05-21T02:00:00Z")
    String updatedSince;

    /** The filters as checked values, or a 400 naming every bad parameter. */
    Criteria criteria() {
        List<FieldError> errors = new ArrayList<>();
        Criteria criteria = new Criteria(
                FilterValues.id(communityId, "communityId", errors),
                FilterValues.country(country, "country", errors),
                FilterValues.slug(Theme.class, theme, "theme", errors),
                FilterValues.slug(ProjectStatus.class, status, "status", errors),
                FilterValues.id(partnerId, "partnerId", errors),
                FilterValues.id(leadPersonId, "leadPersonId", errors),
                FilterValues.text(q, "q", errors),
                FilterValues.time(updatedSince, "updatedSince", errors));
        FilterValues.failOn(errors);
        return criteria;
    }

    record Criteria(UUID communityId, String country, Theme theme, ProjectStatus status, UUID partnerId,
            UUID leadPersonId, String q, OffsetDateTime updatedSince) {
    }
}
