package org.coalition.meetings.statistics;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of the representation statistics. */
public final class RepresentationApi {

    private RepresentationApi() {
    }

    @Schema(name = "RepresentationStatistics",
            description = "Who is in the room, and who gets to speak. Participants count when they attended a held meeting,"
                    + " or registered for (or already attended) one not yet held; cancelled meetings do not count. Speakers"
                    + " are the counted participants with role speaker or named as speakers on the agenda.")
    public record Representation(
            @Schema(description = "Meetings selected, cancelled ones left out") long meetings,
            Breakdown participants,
            Breakdown speakers) {
    }

    @Schema(name = "RepresentationBreakdown",
            description = "Counts by dimension. Organisation type and subdivision are the participant's organisation's;"
                    + " country is the person's, or the organisation's for an organisation alone; gender is the person's"
                    + " self-description. What is not known (no organisation, no self-description, an erased person) is unknown.")
    public record Breakdown(long total, List<Bucket> byOrganisationType, List<Bucket> byCountry,
            List<Bucket> bySubdivision, List<Bucket> byRole, List<Bucket> byGender) {
    }

    @Schema(name = "RepresentationBucket")
    public record Bucket(@Schema(examples = "woman") String value, long count,
            @Schema(description = "count over the breakdown's total, 0 to 1", examples = "0.42") double share) {
    }
}
