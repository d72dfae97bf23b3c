package org.coalition.projects.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.projects.indicator.IndicatorView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommunityStatistics", description = "Where a community of practice stands, for MEL dashboards")
public record CommunityStatistics(
        UUID communityId,
        @Schema(description = "The day the figures were computed for (UTC)") LocalDate asOf,
        Projects projects,
        Milestones milestones,
        Updates updates,
        Indicators indicators,
        Members members,
        Feedback feedback) {

    @Schema(name = "CommunityStatisticsProjects")
    public record Projects(long total, Map<String, Long> byStatus,
            @Schema(description = "A project with several themes counts under each") Map<String, Long> byTheme,
            @Schema(description = "A project in several countries counts under each") Map<String, Long> byCountry) {
    }

    @Schema(name = "CommunityStatisticsMilestones")
    public record Milestones(long total, long done,
            @Schema(description = "Done on or before their due date") long doneOnTime,
            long missed,
            @Schema(description = "Still planned after their due date") long overdue,
            @Schema(description = "doneOnTime ÷ done; null when none is done") BigDecimal onTimeShare) {
    }

    @Schema(name = "CommunityStatisticsUpdates")
    public record Updates(
            @Schema(description = "Projects that are active or on hold, the ones expected to report") long runningProjects,
            @Schema(description = "Running projects with an approved update reported in the last 90 days") long withApprovedUpdateInLast90Days,
            @Schema(description = "withApprovedUpdateInLast90Days ÷ runningProjects; null without running projects") BigDecimal share,
            @Schema(description = "Updates waiting for a facilitator's review") long awaitingReview) {
    }

    @Schema(name = "CommunityStatisticsIndicators")
    public record Indicators(long total, long measured,
            @Schema(description = "Indicators whose latest value reached or passed the target") long targetReached,
            @Schema(description = "Mean progress of the measured indicators; null when none is measured") BigDecimal averageProgress,
            List<IndicatorView> items) {
    }

    @Schema(name = "CommunityStatisticsMembers", description = "Current members; a lead leads at least one of the "
            + "community's projects that is not discontinued, the others support")
    public record Members(long total, long leads, long supports, Map<String, Long> byRole,
            @Schema(description = "By the person's country, else their organisation's; unknown when neither is known")
            Map<String, LeadsAndSupports> byCountry,
            @Schema(description = "By the organisation type of the member's affiliation; unknown without one")
            Map<String, LeadsAndSupports> byOrganisationType) {
    }

    @Schema(name = "LeadsAndSupports")
    public record LeadsAndSupports(long total, long leads, long supports) {
    }

    @Schema(name = "CommunityStatisticsFeedback")
    public record Feedback(long total, Map<String, Long> byKind, long resolved) {
    }
}
