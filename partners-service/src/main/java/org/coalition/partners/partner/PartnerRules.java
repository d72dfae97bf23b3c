package org.coalition.partners.partner;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.text.Countries;
import org.coalition.kit.text.LanguageTags;
import org.coalition.partners.reference.Sdg4Target;

/** The rules of a valid organisation that bean validation cannot express; every broken rule is reported. */
final class PartnerRules {

    private PartnerRules() {
    }

    static void check(PartnerInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.country() != null && !Countries.isCountry(input.country())) {
            errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code such as KH or PE"));
        }
        if (input.country() == null && input.level() != null && input.level().needsCountry()) {
            errors.add(new FieldError("country", "is required for a " + input.level() + " organisation"));
        }
        if (input.subdivision() != null && !Countries.isSubdivisionOf(input.subdivision(), input.country())) {
            errors.add(new FieldError("subdivision", "must be an ISO 3166-2 code within country "
                    + (input.country() == null ? "(none given)" : input.country()) + ", such as "
                    + (input.country() == null ? "KH" : input.country()) + "-3"));
        }
        if (input.subdivision() == null && input.level() == Level.SUBNATIONAL) {
            errors.add(new FieldError("subdivision", "is required for a subnational organisation"));
        }
        for (int i = 0; i < input.countriesOfOperation().size(); i++) {
            if (!Countries.isCountry(input.countriesOfOperation().get(i))) {
                errors.add(new FieldError("countriesOfOperation[" + i + "]", "must be an ISO 3166-1 alpha-2 code"));
            }
        }
        for (int i = 0; i < input.sdg4Targets().size(); i++) {
            if (!Sdg4Target.isTarget(input.sdg4Targets().get(i))) {
                errors.add(new FieldError("sdg4Targets[" + i + "]", "must be one of " + Sdg4Target.ALL));
            }
        }
        input.names().keySet().stream().filter(tag -> !LanguageTags.isValid(tag)).sorted().forEach(tag ->
                errors.add(new FieldError("names." + tag, "the key must be a BCP 47 language tag such as fr or km")));
        if (input.website() != null && !input.website().isBlank() && !isWebUrl(input.website())) {
            errors.add(new FieldError("website", "must be an absolute http or https URL"));
        }
        if (input.status() == PartnerStatus.MERGED) {
            errors.add(new FieldError("status", "merged is set by POST /v1/partners/{id}/merge only"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.identifiers().size(); i++) {
            Identifier identifier = input.identifiers().get(i);
            if (identifier != null && !seen.add(identifier.scheme() + "\u0000" + identifier.value())) {
                errors.add(new FieldError("identifiers[" + i + "]", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
