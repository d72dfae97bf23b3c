package org.coalition.partners.person;

import java.util.ArrayList;
import java.util.List;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.text.Countries;
import org.coalition.kit.text.LanguageTags;

/** The rules of a valid person that bean validation cannot express; every broken rule is reported. */
final class PersonRules {

    private PersonRules() {
    }

    static void check(PersonInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.country() != null && !Countries.isCountry(input.country())) {
            errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code such as KH"));
        }
        for (int i = 0; i < input.languages().size(); i++) {
            if (!LanguageTags.isValid(input.languages().get(i))) {
                errors.add(new FieldError("languages[" + i + "]", "must be a BCP 47 language tag such as km or es-PE"));
            }
        }
        if (input.gender() != null && input.genderDescription() != null) {
            errors.add(new FieldError("genderDescription", "give gender or genderDescription, not both"));
        }
        long primaries = input.affiliations().stream().filter(a -> a != null && a.primary()).count();
        if (primaries > 1) {
            errors.add(new FieldError("affiliations", "at most one affiliation can be primary"));
        }
        for (int i = 0; i < input.affiliations().size(); i++) {
            Affiliation affiliation = input.affiliations().get(i);
            if (affiliation != null && affiliation.from() != null && affiliation.to() != null
                    && affiliation.to().isBefore(affiliation.from())) {
                errors.add(new FieldError("affiliations[" + i + "].to", "must not be before from"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
    }
}
