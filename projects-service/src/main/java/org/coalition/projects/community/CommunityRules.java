package org.coalition.projects.community;

import java.util.ArrayList;
import java.util.List;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.text.Countries;
import org.coalition.kit.text.LanguageTags;

/** The rules of a valid community and membership that bean validation cannot express; every broken rule is reported. */
final class CommunityRules {

    private CommunityRules() {
    }

    static void check(CommunityInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.cohortStartsOn() != null && input.cohortEndsOn() != null
                && !input.cohortEndsOn().isAfter(input.cohortStartsOn())) {
            errors.add(new FieldError("cohortEndsOn", "must be after cohortStartsOn (" + input.cohortStartsOn() + ")"));
        }
        for (int i = 0; i < input.countries().size(); i++) {
            if (!Countries.isCountry(input.countries().get(i))) {
                errors.add(new FieldError("countries[" + i + "]", "must be an ISO 3166-1 alpha-2 code such as MY or PE"));
            }
        }
        input.names().keySet().stream().filter(tag -> !LanguageTags.isValid(tag)).sorted().forEach(tag ->
                errors.add(new FieldError("names." + tag, "the key must be a BCP 47 language tag such as ms or es")));
        fail(errors);
    }

    static void check(MemberInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.joinedOn() != null && input.leftOn() != null && input.leftOn().isBefore(input.joinedOn())) {
            errors.add(new FieldError("leftOn", "must be on or after joinedOn (" + input.joinedOn() + ")"));
        }
        fail(errors);
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
    }
}
