package org.coalition.projects.community;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.paging.FilterValues;
import org.coalition.projects.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the community list, as query parameters; {@link #criteria()} checks every one. */
public class CommunityFilter {

    @QueryParam("theme")
    @Parameter(description = "A theme slug from GET /v1/partners/themes", example = "parental-involvement")
    String theme;

    @QueryParam("country")
    @Parameter(description = "Communities with members from this country, ISO 3166-1 alpha-2", example = "MY")
    String country;

    @QueryParam("status")
    @Parameter(description = "forming, active or closed; all when absent")
    String status;

    @QueryParam("q")
    @Parameter(description = "Words that the name or a translated name contain, in any order; case and accents are ignored")
    String q;

    @QueryParam("updatedSince")
    @Parameter(description = "Only communities changed at or after this RFC 3339 time", example = "2024-05-21T02:00:00Z")
    String updatedSince;

    /** The filters as checked values, or a 400 naming every bad parameter. */
    Criteria criteria() {
        List<FieldError> errors = new ArrayList<>();
        Criteria criteria = new Criteria(
                FilterValues.slug(Theme.class, theme, "theme", errors),
                FilterValues.country(country, "country", errors),
                FilterValues.slug(CommunityStatus.class, status, "status", errors),
                FilterValues.text(q, "q", errors),
                FilterValues.time(updatedSince, "updatedSince", errors));
        FilterValues.failOn(errors);
        return criteria;
    }

    record Criteria(Theme theme, String country, CommunityStatus status, String q, OffsetDateTime updatedSince) {
    }
}
