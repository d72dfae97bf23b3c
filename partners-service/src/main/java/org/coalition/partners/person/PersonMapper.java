package org.coalition.partners.person;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.text.SearchText;
import org.coalition.kit.text.Slugged;

/** Between the API records and the entity. */
final class PersonMapper {

    private PersonMapper() {
    }

    static PersonView toView(Person person) {
        return new PersonView(person.id, person.name, person.email, person.phone, person.country,
                List.copyOf(person.languages),
                person.gender == null ? null : Slugged.fromSlug(Gender.class, person.gender).orElseThrow(),
                person.genderDescription,
                person.affiliations.stream()
                        .map(a -> new Affiliation(a.partnerId, a.title, a.from, a.to, a.primary))
                        .toList(),
                person.erased, person.createdAt, person.updatedAt, person.version);
    }

    static PersonInput toInput(Person person) {
        PersonView view = toView(person);
        return new PersonInput(view.name(), view.email(), view.phone(), view.country(), view.languages(),
                view.gender(), view.genderDescription(), view.affiliations());
    }

    static Person newPerson() {
        Person person = new Person();
        person.id = Ids.newId();
        return person;
    }

    static void apply(PersonInput input, Person person) {
        person.name = input.name().strip();
        person.email = blankToNull(input.email());
        person.phone = blankToNull(input.phone());
        person.country = input.country();
        person.languages = new ArrayList<>(input.languages().stream().distinct().toList());
        person.gender = input.gender() == null ? null : input.gender().slug();
        person.genderDescription = blankToNull(input.genderDescription());
        person.affiliations.clear();
        for (Affiliation affiliation : input.affiliations()) {
            Person.StoredAffiliation stored = new Person.StoredAffiliation();
            stored.partnerId = affiliation.partnerId();
            stored.title = blankToNull(affiliation.title());
            stored.from = affiliation.from();
            stored.to = affiliation.to();
            stored.primary = affiliation.primary();
            person.affiliations.add(stored);
        }
        person.searchText = SearchText.normalize(Stream.of(person.name, person.email)
                .filter(part -> part != null).collect(Collectors.joining(" ")));
    }

    /** Erasure: every personal field goes; the id stays so that references elsewhere do not break. */
    static void erase(Person person) {
        person.name = null;
        person.email = null;
        person.phone = null;
        person.country = null;
        person.languages = new ArrayList<>();
        person.gender = null;
        person.genderDescription = null;
        person.affiliations.clear();
        person.searchText = "";
        person.erased = true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
