package org.coalition.meetings.replica;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;

/**
 * Checks the organisations, people and groups a request refers to against the replica: an id nobody
 * knows is a 422, one that exists but can no longer be referred to (archived, merged, erased) a 409.
 * Every bad reference of the request is reported, each under its field.
 */
@ApplicationScoped
public class References {

    private final ReplicaRepository replica;

    public References(ReplicaRepository replica) {
        this.replica = replica;
    }

    public void check(List<Reference> references) {
        List<FieldError> unknown = new ArrayList<>();
        List<FieldError> unusable = new ArrayList<>();
        for (Reference reference : references) {
            if (reference.id() == null) {
                continue;
            }
            switch (reference.kind()) {
                case PERSON -> replica.person(reference.id()).ifPresentOrElse(
                        person -> {
                            if (person.erased) {
                                unusable.add(new FieldError(reference.field(),
                                        "person " + reference.id() + " was erased at their request"));
                            }
                        },
                        () -> unknown.add(new FieldError(reference.field(), "no person with id " + reference.id()
                                + " is known; register them at /v1/people first")));
                case ORGANISATION -> replica.partner(reference.id()).ifPresentOrElse(
                        partner -> {
                            if (ReplicaPartner.MERGED.equals(partner.status)) {
                                unusable.add(new FieldError(reference.field(), "organisation " + reference.id()
                                        + " was merged into " + partner.mergedInto + "; refer to that one"));
                            } else if (ReplicaPartner.ARCHIVED.equals(partner.status)) {
                                unusable.add(new FieldError(reference.field(),
                                        "organisation " + reference.id() + " is archived"));
                            }
                        },
                        () -> unknown.add(new FieldError(reference.field(), "no organisation with id "
                                + reference.id() + " is known; register it at /v1/partners first")));
                case GROUP -> replica.group(reference.id()).ifPresentOrElse(
                        group -> {
                            if (ReplicaGroup.ARCHIVED.equals(group.status)) {
                                unusable.add(new FieldError(reference.field(),
                                        "group " + reference.id() + " is archived"));
                            }
                        },
                        () -> unknown.add(new FieldError(reference.field(), "no group with id " + reference.id()
                                + " is known; register it at /v1/groups first")));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.UNPROCESSABLE, unknown);
        }
        if (!unusable.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.CONFLICT, unusable);
        }
    }

    public enum Kind {
        ORGANISATION, PERSON, GROUP
    }

    /** A reference under a request field, e.g. {@code hostPartnerIds[1]}; a null id is skipped. */
    public record Reference(String field, UUID id, Kind kind) {

        public static Reference organisation(String field, UUID id) {
            return new Reference(field, id, Kind.ORGANISATION);
        }

        public static Reference person(String field, UUID id) {
            return new Reference(field, id, Kind.PERSON);
        }

        public static Reference group(String field, UUID id) {
            return new Reference(field, id, Kind.GROUP);
        }
    }
}
