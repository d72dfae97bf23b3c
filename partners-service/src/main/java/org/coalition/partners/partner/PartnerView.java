package org.coalition.partners.partner;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.partners.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as the API returns it, and as its events carry it. */
@Schema(name = "Partner")
public record PartnerView(
        UUID id,
        @Schema(description = "The name in the language that best matches Accept-Language") String name,
        String acronym,
        Map<String, String> names,
        PartnerType type,
        @Schema(description = "The IATI OrganisationType code of type", examples = "40") int iatiTypeCode,
        String country,
        List<String> countriesOfOperation,
        Level level,
        String subdivision,
        List<Theme> themes,
        List<String> sdg4Targets,
        String website,
        String email,
        PartnerStatus status,
        List<Identifier> identifiers,
        UUID mergedInto,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
