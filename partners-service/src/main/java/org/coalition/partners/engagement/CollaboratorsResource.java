package org.coalition.partners.engagement;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/partners/{id}/collaborators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement")
public class CollaboratorsResource {

    private final EngagementService service;

    public CollaboratorsResource(EngagementService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The organisations an organisation works with most",
            description = "Co-attendance of meetings and co-participation in projects, with counts, most shared first")
    public Engagement.Collaborators collaborators(@PathParam("id") UUID id,
            @QueryParam("limit") @Parameter(description = "1 to 100; 20 when absent") Integer limit) {
        return service.collaborators(id, limit);
    }
}
