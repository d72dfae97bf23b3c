package org.coalition.projects.feedback;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.paging.PageResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The feedback given across a community's projects: who advises whom. */
@Path("/v1/communities/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Peer feedback")
public class CommunityFeedbackResource {

    private final FeedbackService service;

    public CommunityFeedbackResource(FeedbackService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the feedback given across a community's projects", description = "Who advises whom, oldest first")
    public Response communityFeed(@PathParam("id") UUID id, @BeanParam FeedbackFilter filter,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(service.page(filter.criteria(null, id), PageRequest.byId(limit, cursor)), uri);
    }
}
