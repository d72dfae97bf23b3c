package org.coalition.partners.engagement;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/partners/{id}/engagement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement", description = "What organisations and people took part in: meetings, projects and action items, "
        + "kept current from meetings-service's and projects-service's events")
public class EngagementResource {

    private final EngagementService service;

    public EngagementResource(EngagementService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "An organisation's engagement", description = "Meetings attended (by kind and year), speaking roles, "
            + "projects by IATI role, open and overdue action items owned, and the last activity")
    public Engagement partner(@PathParam("id") UUID id) {
        return service.ofPartner(id);
    }
}
