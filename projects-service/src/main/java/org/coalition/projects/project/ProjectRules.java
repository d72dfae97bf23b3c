package org.coalition.projects.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.projects.project.ProjectInput.ParticipatingPartnerInput;
import org.coalition.kit.text.Countries;

/** The rules of a valid project and milestone that bean validation cannot express; every broken rule is reported. */
final class ProjectRules {

    private ProjectRules() {
    }

    static void check(ProjectInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.startsOn() != null && input.endsOn() != null && !input.endsOn().isAfter(input.startsOn())) {
            errors.add(new FieldError("endsOn", "must be after startsOn (" + input.startsOn() + ")"));
        }
        for (int i = 0; i < input.countries().size(); i++) {
            if (!Countries.isCountry(input.countries().get(i))) {
                errors.add(new FieldError("countries[" + i + "]", "must be an ISO 3166-1 alpha-2 code such as MY or PE"));
            }
        }
        for (int i = 0; i < input.subdivisions().size(); i++) {
            String subdivision = input.subdivisions().get(i);
            if (input.countries().stream().noneMatch(country -> Countries.isSubdivisionOf(subdivision, country))) {
                errors.add(new FieldError("subdivisions[" + i + "]", "must be an ISO 3166-2 code within one of countries "
                        + input.countries() + ", such as MY-10"));
            }
        }
        Set<ParticipatingPartnerInput> seen = new HashSet<>();
        for (int i = 0; i < input.participatingPartners().size(); i++) {
            ParticipatingPartnerInput partner = input.participatingPartners().get(i);
            if (partner != null && !seen.add(partner)) {
                errors.add(new FieldError("participatingPartners[" + i + "]", "lists the same organisation in the same role twice"));
            }
        }
        fail(errors);
    }

    static void check(MilestoneInput input) {
        if (input.status() == MilestoneStatus.DONE && input.completedOn() == null) {
            fail(List.of(new FieldError("completedOn", "is required when status is done")));
        }
        if (input.status() != MilestoneStatus.DONE && input.completedOn() != null) {
            fail(List.of(new FieldError("completedOn", "must be absent unless status is done")));
        }
    }

    /** A status change must follow the documented transitions of {@link ProjectStatus}. */
    static void checkTransition(ProjectStatus from, ProjectStatus to) {
        if (!from.canBecome(to)) {
            throw ProblemException.invalidFields(ProblemType.CONFLICT, List.of(new FieldError("status",
                    from.next().isEmpty()
                            ? "a " + from + " project is final and cannot become " + to
                            : "a " + from + " project can become " + from.next() + ", not " + to)));
        }
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
    }
}
