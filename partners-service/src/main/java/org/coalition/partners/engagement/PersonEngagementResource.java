package org.coalition.partners.engagement;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/people/{id}/engagement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement")
public class PersonEngagementResource {

    private final EngagementService service;

    public PersonEngagementResource(EngagementService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "A person's engagement", description = "As for organisations, with projects led; 410 once the person is erased")
    public Engagement person(@PathParam("id") UUID id) {
        return service.ofPerson(id);
    }
}
