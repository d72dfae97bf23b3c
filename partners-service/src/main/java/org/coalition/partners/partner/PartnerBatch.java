package org.coalition.partners.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coalition.kit.batch.ItemBatch;
import org.coalition.kit.problem.Problem;
import org.coalition.kit.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Up to 1,000 creates or upserts in one request, each succeeding or failing on its own: one bad item is
 * reported in its result and does not fail the others. Items commit a hundred at a time (see
 * {@link ItemBatch}).
 */
@ApplicationScoped
public class PartnerBatch {

    public static final int MAX_ITEMS = 1_000;
    /** How long the request's own transaction may last while its items commit, a hundred at a time. */
    public static final int TIMEOUT_SECONDS = 600;

    private final PartnerService service;
    private final Validator validator;
    private final ItemBatch items;

    public PartnerBatch(PartnerService service, Validator validator, ItemBatch items) {
        this.service = service;
        this.validator = validator;
        this.items = items;
    }

    @Schema(name = "PartnerBatchRequest")
    public record Request(@NotNull @Size(min = 1, max = MAX_ITEMS) List<@NotNull Item> items) {
    }

    /** One organisation to create, or, with {@code upsertBy}, to create or update by that identifier. */
    @Schema(name = "PartnerBatchItem")
    public record Item(@Valid Identifier upsertBy, @NotNull @Valid PartnerInput partner) {
    }

    /** The outcome of one item: its HTTP status, and the id and version or the problem. */
    @Schema(name = "PartnerBatchResult")
    public record Result(int index, int status, UUID id, Long version, Problem problem) {
    }

    @Schema(name = "PartnerBatchOutcome")
    public record Outcome(List<Result> results, int succeeded, int failed) {
    }

    public Outcome run(Request request) {
        List<Result> results = items.run(request.items(), this::apply, (index, failure) -> {
            Problem problem = Problems.from(failure);
            return new Result(index, problem.status(), null, null, problem);
        });
        int failed = (int) results.stream().filter(result -> result.problem() != null).count();
        return new Outcome(results, results.size() - failed, failed);
    }

    private Result apply(int index, Item item) {
        Set<ConstraintViolation<Item>> violations = validator.validate(item);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (item.upsertBy() == null) {
            Partner created = service.create(item.partner());
            return new Result(index, 201, created.id, created.version, null);
        }
        PartnerService.Upserted upserted = service.upsertByIdentifier(item.upsertBy(), null, item.partner());
        return new Result(index, upserted.created() ? 201 : 200, upserted.partner().id, upserted.partner().version,
                null);
    }
}
