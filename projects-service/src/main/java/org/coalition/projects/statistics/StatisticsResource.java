package org.coalition.projects.statistics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/communities/{id}/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communities")
public class StatisticsResource {

    private final StatisticsService service;

    public StatisticsResource(StatisticsService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Statistics of a community of practice",
            description = "Projects by status, theme and country; milestones done on time; the share of running projects "
                    + "with an approved update in the last 90 days; indicator progress towards target; members by "
                    + "country and organisation type, leads and supporters apart; peer feedback given")
    public CommunityStatistics get(@PathParam("id") UUID id) {
        return service.of(id);
    }
}
