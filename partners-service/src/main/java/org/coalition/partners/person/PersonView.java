package org.coalition.partners.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person as the API returns it; once erased, only id, erased, the timestamps and version remain.
 * E-mail, phone and gender are personal data: a caller without {@code people:read} gets neither the
 * values nor the fields.
 */
@Schema(name = "Person")
public record PersonView(
        UUID id,
        String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only for callers with people:read") String email,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only for callers with people:read") String phone,
        String country,
        List<String> languages,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only for callers with people:read") Gender gender,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only for callers with people:read") String genderDescription,
        List<Affiliation> affiliations,
        @Schema(description = "True once the person's data was erased on request") boolean erased,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The view for a caller who may not see personal data (no {@code people:read}). */
    public PersonView withoutPersonalData() {
        return new PersonView(id, name, null, null, country, languages, null, null, affiliations, erased,
                createdAt, updatedAt, version);
    }
}
