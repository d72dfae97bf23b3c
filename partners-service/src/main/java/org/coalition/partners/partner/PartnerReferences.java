package org.coalition.partners.partner;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;

/**
 * Checks the organisations that people, groups and partnerships refer to: an unknown one is a 422
 * naming the field; a new reference to an archived or merged one is a 409, while references that were
 * already there stay valid.
 */
@ApplicationScoped
public class PartnerReferences {

    private final PartnerRepository partners;

    public PartnerReferences(PartnerRepository partners) {
        this.partners = partners;
    }

    /** @param existing whether the referring resource already referred to it before this change */
    public record Reference(String field, UUID partnerId, boolean existing) {
    }

    public void check(List<Reference> references) {
        List<UUID> ids = references.stream().map(Reference::partnerId).distinct().toList();
        Map<UUID, Partner> found = ids.isEmpty() ? Map.of()
                : partners.list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, p -> p));
        List<FieldError> unknown = new ArrayList<>();
        List<FieldError> closed = new ArrayList<>();
        for (Reference reference : references) {
            Partner partner = found.get(reference.partnerId());
            if (partner == null) {
                unknown.add(new FieldError(reference.field(), "no organisation " + reference.partnerId()));
            } else if (!PartnerStatus.ACTIVE.slug().equals(partner.status) && !reference.existing()) {
                closed.add(new FieldError(reference.field(), "organisation " + reference.partnerId() + " is "
                        + partner.status + (partner.mergedInto == null ? "" : " into " + partner.mergedInto)
                        + " and cannot be newly referred to"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.UNPROCESSABLE, unknown);
        }
        if (!closed.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.CONFLICT, closed);
        }
    }
}
