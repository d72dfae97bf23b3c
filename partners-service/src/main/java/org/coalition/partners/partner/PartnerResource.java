package org.coalition.partners.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.csv.CsvExport;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatch;
import org.coalition.kit.idempotency.Idempotency;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.paging.PageResponses;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.paging.FilterValues;
import org.coalition.partners.reference.Theme;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Organisations that work on education")
public class PartnerResource {

    private static final int CSV_BATCH = 500;

    private final PartnerService service;
    private final PartnerBatch batch;
    private final Idempotency idempotency;

    public PartnerResource(PartnerService service, PartnerBatch batch, Idempotency idempotency) {
        this.service = service;
        this.batch = batch;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Register an organisation")
    public Response create(@Valid PartnerInput input, @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.run(key, input, () -> created(service.create(input), uri));
    }

    @GET
    @Operation(summary = "List organisations", description = "Keyset pages in creation order; Accept: text/csv streams every match")
    public Response list(@BeanParam PartnerFilter filter, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context UriInfo uri) {
        PartnerFilter.Criteria criteria = filter.criteria();
        PageRequest page = PageRequest.byId(limit, cursor);
        Page<PartnerView> result = Page.of(service.page(criteria, page), page, p -> Cursor.of(p.id.toString()),
                p -> PartnerMapper.toView(p, language));
        return PageResponses.ok(result, uri);
    }

    @POST
    @Path("/batch")
    // The items commit in transactions of their own; this one carries only the Idempotency-Key's record.
    // With the default 60 s timeout, a thousand items on a busy server outlived it: every item was
    // committed and the client still got a 500.
    @Transactional
    @TransactionConfiguration(timeout = PartnerBatch.TIMEOUT_SECONDS)
    @Operation(summary = "Create or upsert up to 1,000 organisations",
            description = "Each item succeeds or fails on its own; the response lists one result per item, in order")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnerBatch.Outcome.class)))
    public Response batch(@Valid PartnerBatch.Request request, @HeaderParam(Idempotency.HEADER) String key) {
        // Idempotency.run holds a transaction around its action even without a key; every item commits
        // on its own, and an outer transaction only lets a slow batch of applied items end in a timeout.
        if (key == null) {
            return Response.ok(batch.run(request)).build();
        }
        return idempotency.run(key, request, () -> Response.ok(batch.run(request)).build());
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE)
    @Operation(summary = "Every matching organisation as CSV")
    public Response listCsv(@BeanParam PartnerFilter filter, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        PartnerFilter.Criteria criteria = filter.criteria();
        return CsvExport.response("partners.csv", PartnerCsv.HEADER, cursor -> {
            PageRequest page = PageRequest.byId(CSV_BATCH, cursor);
            return QuarkusTransaction.requiringNew().call(() -> Page.of(service.page(criteria, page), page,
                    p -> Cursor.of(p.id.toString()), p -> PartnerMapper.toView(p, language)));
        }, PartnerCsv::row);
    }

    @GET
    @Path("/themes")
    @Operation(summary = "The controlled list of education themes")
    public List<Labelled> themes() {
        return Arrays.stream(Theme.values()).map(t -> new Labelled(t.slug(), t.label(), null)).toList();
    }

    @GET
    @Path("/types")
    @Operation(summary = "The organisation types, with their IATI OrganisationType codes")
    public List<Labelled> types() {
        return Arrays.stream(PartnerType.values()).map(t -> new Labelled(t.slug(), t.label(), t.iatiCode())).toList();
    }

    @GET
    @Path("/duplicates")
    @Operation(summary = "Likely duplicates of a name", description = "Organisations whose name, a translated name or acronym resembles it, best first, with a score from 0 to 1")
    public List<Duplicate> duplicates(@QueryParam("name") String name, @QueryParam("country") String country) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 300) {
            errors.add(new FieldError("name", "is required, 1 to 300 characters"));
        }
        FilterValues.country(country, "country", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
        return service.duplicates(name, country).stream()
                .map(d -> new Duplicate(PartnerMapper.toView(d.partner()), d.score()))
                .toList();
    }

    @POST
    @Path("/{id}/merge")
    @Operation(summary = "Merge a duplicate into another organisation",
            description = "Identifiers, affiliations, memberships and partnerships move to the survivor, which is returned; the merged organisation answers 301 from then on")
    public Response merge(@PathParam("id") UUID id, @Valid MergeRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.merge(id, request.into(), ifMatch));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an organisation", description = "A merged organisation answers 301 with the survivor's Location")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context UriInfo uri) {
        Partner partner = service.get(id);
        if (partner.mergedInto != null) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(uri.getBaseUriBuilder().path("v1/partners").path(partner.mergedInto.toString()).build())
                    .build();
        }
        return Response.ok(PartnerMapper.toView(partner, language)).tag(ETags.of(partner.version))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an organisation", description = "With If-Match, a stale version is refused with 412")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid PartnerInput input) {
        return ok(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of an organisation (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Archive an organisation", description = "It stays readable, with status archived")
    public Response archive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.archive(id, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("/by-identifier/{scheme}/{value}")
    @Operation(summary = "Create or update an organisation by an integrator's own identifier",
            description = "201 when created, 200 when updated; 409 when another identifier in the body belongs to a different organisation")
    public Response upsert(@PathParam("scheme") String scheme, @PathParam("value") String value,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid PartnerInput input, @Context UriInfo uri) {
        Identifier identifier = new Identifier(scheme, value);
        if (!scheme.matches(Identifier.SCHEME) || value.isBlank() || value.length() > Identifier.MAX_VALUE) {
            throw ProblemException.invalidField("scheme", "the path must be /by-identifier/{scheme}/{value} with a lower-case scheme slug");
        }
        PartnerService.Upserted upserted = service.upsertByIdentifier(identifier, ifMatch, input);
        return upserted.created() ? created(upserted.partner(), uri) : ok(upserted.partner());
    }

    private static Response created(Partner partner, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("v1/partners").path(partner.id.toString()).build())
                .tag(ETags.of(partner.version))
                .entity(PartnerMapper.toView(partner))
                .build();
    }

    private static Response ok(Partner partner) {
        return Response.ok(PartnerMapper.toView(partner)).tag(ETags.of(partner.version)).build();
    }

    public record MergeRequest(@NotNull UUID into) {
    }

    public record Duplicate(PartnerView partner, double score) {
    }

    /** An entry of a controlled list: its id (slug), a label, and a code where one exists. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Labelled(String id, String label, Integer iatiCode) {
    }
}
