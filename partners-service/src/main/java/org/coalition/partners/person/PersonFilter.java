package org.coalition.partners.person;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.paging.FilterValues;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the people list, as query parameters. */
public class PersonFilter {

    @QueryParam("partnerId")
    @Parameter(description = "People affiliated with this organisation, now or before")
    String partnerId;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2", example = "KH")
    String country;

    @QueryParam("q")
    @Parameter(description = "Words in the name or e-mail, in any order; case and accents are ignored")
    String q;

    @QueryParam("updatedSince")
    @Parameter(description = "People changed at or after this RFC 3339 time; erased people are listed too, as tombstones")
    String updatedSince;

    PersonRepository.Criteria criteria() {
        List<FieldError> errors = new ArrayList<>();
        UUID partner = FilterValues.id(partnerId, "partnerId", errors);
        FilterValues.country(country, "country", errors);
        FilterValues.text(q, "q", errors);
        OffsetDateTime since = FilterValues.time(updatedSince, "updatedSince", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
        return new PersonRepository.Criteria(partner, country, q, since);
    }
}
