package org.coalition.partners.person;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a person works or worked, and as what. */
@Schema(name = "Affiliation")
public record Affiliation(
        @NotNull UUID partnerId,
        @Schema(examples = "Director of Policy") @Size(max = 200) String title,
        LocalDate from,
        LocalDate to,
        @Schema(description = "The affiliation to show first; at most one") boolean primary) {
}
