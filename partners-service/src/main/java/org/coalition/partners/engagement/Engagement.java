package org.coalition.partners.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organisation or person took part in, from meetings-service's and projects-service's events. */
@Schema(name = "Engagement")
public record Engagement(
        @Schema(description = "The organisation or person") UUID id,
        Meetings meetings,
        Projects projects,
        ActionItems actionItems,
        @Schema(description = "The latest day of a meeting attended or of a change to a project taken part in; null without any")
        LocalDate lastActivityOn) {

    @Schema(name = "EngagementMeetings")
    public record Meetings(
            @Schema(description = "Meetings attended") long attended,
            @Schema(description = "Attended meetings by kind (annual-meeting, working-group, ...); unknown when the meeting itself has not been seen")
            Map<String, Long> byKind,
            @Schema(description = "Attended meetings by the year they started") Map<String, Long> byYear,
            @Schema(description = "Attended meetings in a speaking role: speaker or facilitator") long speakingRoles,
            @Schema(description = "Participations by role, whatever their status") Map<String, Long> byRole,
            @Schema(description = "Upcoming: invited or registered for meetings not yet held") long upcoming) {
    }

    @Schema(name = "EngagementProjects")
    public record Projects(long total,
            @Schema(description = "Organisations: funding, accountable, extending, implementing; people: lead") Map<String, Long> byRole) {
    }

    @Schema(name = "EngagementActionItems")
    public record ActionItems(
            @Schema(description = "Owned and open or in progress") long open,
            @Schema(description = "Open or in progress past their due date") long overdue,
            long done) {
    }

    @Schema(name = "Collaborator", description = "An organisation met in meetings or worked with in projects")
    public record Collaborator(UUID partnerId, String name,
            @Schema(description = "Meetings both attended") long meetings,
            @Schema(description = "Projects both take part in") long projects,
            long total) {
    }

    @Schema(name = "Collaborators")
    public record Collaborators(UUID partnerId, List<Collaborator> items) {
    }
}
