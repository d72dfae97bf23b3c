package org.coalition.partners.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as the API returns it; once erased, only id, erased, the timestamps and version remain. */
@Schema(name = "Person")
public record PersonView(
        UUID id,
        String name,
        String email,
        String phone,
        String country,
        List<String> languages,
        Gender gender,
        String genderDescription,
        List<Affiliation> affiliations,
        @Schema(description = "True once the person's data was erased on request") boolean erased,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
