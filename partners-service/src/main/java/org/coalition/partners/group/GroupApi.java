package org.coalition.partners.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.partners.partner.Level;
import org.coalition.partners.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API records of groups and their memberships. */
public final class GroupApi {

    private GroupApi() {
    }

    @Schema(name = "GroupInput")
    public record GroupInput(
            @Schema(examples = "Provincial Education Sector Working Group (Kampong Cham)")
            @NotBlank @Size(max = 300) String name,
            Map<String, @NotBlank @Size(max = 300) String> names,
            @NotNull GroupKind kind,
            @Schema(description = "The group this one belongs to, e.g. a thematic group within a provincial one")
            UUID parentGroupId,
            @NotNull Level level,
            @Schema(examples = "KH") String country,
            @Schema(examples = "KH-3") String subdivision,
            List<@NotNull Theme> themes,
            @Size(max = 5000) String description,
            @Schema(description = "active or archived") GroupStatus status) {

        public GroupInput {
            names = names == null ? Map.of() : names;
            themes = themes == null ? List.of() : themes;
        }
    }

    @Schema(name = "Group")
    public record GroupView(UUID id, String name, Map<String, String> names, GroupKind kind, UUID parentGroupId,
            Level level, String country, String subdivision, List<Theme> themes, String description,
            GroupStatus status, Instant createdAt, Instant updatedAt, long version) {
    }

    @Schema(name = "MembershipInput", description = "Exactly one of partnerId and personId")
    public record MembershipInput(UUID partnerId, UUID personId, @NotNull MembershipRole role, LocalDate from,
            LocalDate to) {
    }

    @Schema(name = "Membership")
    public record MembershipView(UUID id, UUID groupId, UUID partnerId, UUID personId, MembershipRole role,
            LocalDate from, LocalDate to, Instant createdAt, Instant updatedAt, long version) {
    }
}
