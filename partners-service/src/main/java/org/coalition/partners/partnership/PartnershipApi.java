package org.coalition.partners.partnership;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.text.Slugged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API records and vocabularies of partnerships. */
public final class PartnershipApi {

    private PartnershipApi() {
    }

    public enum Kind implements Slugged {
        MOU("mou"), FUNDING("funding"), IMPLEMENTATION("implementation"),
        TECHNICAL_ASSISTANCE("technical-assistance"), RESEARCH_PRACTICE("research-practice"), OTHER("other");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        @Override
        @JsonValue
        public String slug() {
            return slug;
        }

        @Override
        public String toString() {
            return slug;
        }
    }

    public enum Status implements Slugged {
        PLANNED, ACTIVE, ENDED;

        @Override
        @JsonValue
        public String slug() {
            return name().toLowerCase();
        }

        @Override
        public String toString() {
            return slug();
        }
    }

    @Schema(name = "PartnershipParticipant")
    public record Participant(@NotNull UUID partnerId,
            @Schema(description = "What the organisation does in it", examples = "funder") @Size(max = 100) String role) {
    }

    @Schema(name = "PartnershipInput")
    public record PartnershipInput(
            @Schema(examples = "Teacher development MoU, Kampong Cham") @NotBlank @Size(max = 300) String title,
            @NotNull Kind kind,
            @Schema(description = "Two or more distinct organisations") @NotNull List<@NotNull @Valid Participant> participants,
            LocalDate from,
            LocalDate to,
            @NotNull Status status,
            @Size(max = 5000) String description) {
    }

    @Schema(name = "Partnership")
    public record PartnershipView(UUID id, String title, Kind kind, List<Participant> participants, LocalDate from,
            LocalDate to, Status status, String description, Instant createdAt, Instant updatedAt, long version) {
    }
}
