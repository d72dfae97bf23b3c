package org.coalition.partners.partner;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.paging.FilterValues;
import org.coalition.partners.reference.Sdg4Target;
import org.coalition.kit.text.Slugged;
import org.coalition.partners.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the organisation list, as query parameters; {@link #criteria()} checks every one. */
public class PartnerFilter {

    @QueryParam("country")
    @Parameter(description = "Headquarters country, ISO 3166-1 alpha-2", example = "KH")
    String country;

    @QueryParam("type")
    @Parameter(description = "Organisation type, by slug or IATI code", example = "national-ngo")
    String type;

    @QueryParam("level")
    @Parameter(description = "global, regional, national, subnational or local")
    String level;

    @QueryParam("subdivision")
    @Parameter(description = "ISO 3166-2 subdivision", example = "KH-3")
    String subdivision;

    @QueryParam("theme")
    @Parameter(description = "A theme slug from GET /v1/partners/themes", example = "teacher-development")
    String theme;

    @QueryParam("sdg4Target")
    @Parameter(description = "An SDG 4 target", example = "4.c")
    String sdg4Target;

    @QueryParam("status")
    @Parameter(description = "active, archived or merged; all when absent")
    String status;

    @QueryParam("identifier")
    @Parameter(description = "scheme:value of an external identifier", example = "iati:XM-DAC-41304")
    String identifier;

    @QueryParam("q")
    @Parameter(description = "Words that the name, acronym or a translated name contain, in any order; case and accents are ignored",
            example = "educacion peru")
    String q;

    @QueryParam("updatedSince")
    @Parameter(description = "Only organisations changed at or after this RFC 3339 time", example = "2024-05-21T02:00:00Z")
    String updatedSince;

    /** The filters as checked values, or a 400 naming every bad parameter. */
    Criteria criteria() {
        List<FieldError> errors = new ArrayList<>();
        FilterValues.country(country, "country", errors);
        PartnerType partnerType = type == null ? null : PartnerType.fromSlugOrCode(type).orElse(null);
        if (type != null && partnerType == null) {
            errors.add(new FieldError("type", "must be a type slug or IATI code, one of " + Slugged.slugs(PartnerType.class)));
        }
        Level partnerLevel = FilterValues.slug(Level.class, level, "level", errors);
        Theme partnerTheme = FilterValues.slug(Theme.class, theme, "theme", errors);
        PartnerStatus partnerStatus = FilterValues.slug(PartnerStatus.class, status, "status", errors);
        if (sdg4Target != null && !Sdg4Target.isTarget(sdg4Target)) {
            errors.add(new FieldError("sdg4Target", "must be one of " + Sdg4Target.ALL));
        }
        Identifier externalId = null;
        if (identifier != null) {
            int colon = identifier.indexOf(':');
            if (colon <= 0 || colon == identifier.length() - 1) {
                errors.add(new FieldError("identifier", "must be scheme:value, such as iati:XM-DAC-41304"));
            } else {
                externalId = new Identifier(identifier.substring(0, colon), identifier.substring(colon + 1));
            }
        }
        FilterValues.text(q, "q", errors);
        OffsetDateTime since = FilterValues.time(updatedSince, "updatedSince", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
        return new Criteria(country, partnerType, partnerLevel, subdivision, partnerTheme, sdg4Target, partnerStatus,
                externalId, q, since);
    }


    record Criteria(String country, PartnerType type, Level level, String subdivision, Theme theme, String sdg4Target,
            PartnerStatus status, Identifier identifier, String q, OffsetDateTime updatedSince) {
    }
}
