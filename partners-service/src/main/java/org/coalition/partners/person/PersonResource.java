package org.coalition.partners.person;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.validation.Valid;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.auth.Caller;
import org.coalition.kit.csv.CsvExport;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatch;
import org.coalition.kit.idempotency.Idempotency;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.paging.PageResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People who work on education (personal data)")
public class PersonResource {

    private static final int CSV_BATCH = 500;
    private static final String PERSONAL_DATA_SCOPE = "people:read";
    private static final List<String> CSV_HEADER = List.of("id", "name", "email", "phone",
            "country", "languages", "gender", "genderDescription", "primaryPartnerId", "erased", "createdAt",
            "updatedAt", "version");
    private static final List<String> PERSONAL_COLUMNS = List.of("email", "phone", "gender", "genderDescription");

    private final PersonService service;
    private final Idempotency idempotency;
    private final Caller caller;

    public PersonResource(PersonService service, Idempotency idempotency, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Register a person")
    public Response create(@Valid PersonInput input, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, input, () -> {
            Person person = service.create(input);
            return Response.created(uri.getBaseUriBuilder().path("v1/people").path(person.id.toString()).build())
                    .tag(ETags.of(person.version))
                    .entity(view(person))
                    .build();
        });
    }

    @GET
    @Operation(summary = "List people", description = "Erased people appear only as tombstones, and only with updatedSince")
    public Response list(@BeanParam PersonFilter filter, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        PersonRepository.Criteria criteria = filter.criteria();
        PageRequest page = PageRequest.byId(limit, cursor);
        return PageResponses.ok(Page.of(service.page(criteria, page), page, p -> Cursor.of(p.id.toString()),
                this::view), uri);
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE)
    @Operation(summary = "Every matching person as CSV")
    public Response listCsv(@BeanParam PersonFilter filter) {
        PersonRepository.Criteria criteria = filter.criteria();
        // Decided now: the rows are written after this method returns, outside the request's scope.
        boolean personal = caller.has(PERSONAL_DATA_SCOPE);
        List<String> header = personal ? CSV_HEADER
                : CSV_HEADER.stream().filter(column -> !PERSONAL_COLUMNS.contains(column)).toList();
        return CsvExport.response("people.csv", header, cursor -> {
            PageRequest page = PageRequest.byId(CSV_BATCH, cursor);
            return QuarkusTransaction.requiringNew().call(() -> Page.of(service.page(criteria, page), page,
                    p -> Cursor.of(p.id.toString()), PersonMapper::toView));
        }, personal ? PersonResource::csvRow : PersonResource::csvRowWithoutPersonalData);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a person")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a person", description = "410 once the person is erased")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid PersonInput input) {
        return ok(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a person (JSON Merge Patch)")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ok(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Erase a person's data",
            description = "Personal fields are removed here and, through the person.erased event, in every service; a tombstone with the id stays")
    public Response erase(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.erase(id, ifMatch);
        return Response.noContent().build();
    }

    private Response ok(Person person) {
        return Response.ok(view(person)).tag(ETags.of(person.version)).build();
    }

    private PersonView view(Person person) {
        PersonView view = PersonMapper.toView(person);
        return caller.has(PERSONAL_DATA_SCOPE) ? view : view.withoutPersonalData();
    }

    private static List<String> csvRowWithoutPersonalData(PersonView p) {
        List<String> row = csvRow(p);
        return Arrays.asList(CSV_HEADER.stream().filter(column -> !PERSONAL_COLUMNS.contains(column))
                .map(column -> row.get(CSV_HEADER.indexOf(column))).toArray(String[]::new));
    }

    private static List<String> csvRow(PersonView p) {
        String primary = p.affiliations().stream().filter(Affiliation::primary).findFirst()
                .map(a -> a.partnerId().toString()).orElse(null);
        return Arrays.asList(p.id().toString(), p.name(), p.email(), p.phone(), p.country(),
                CsvExport.joined(p.languages()), p.gender() == null ? null : p.gender().slug(), p.genderDescription(),
                primary, Boolean.toString(p.erased()), p.createdAt().toString(), p.updatedAt().toString(),
                Long.toString(p.version()));
    }
}
