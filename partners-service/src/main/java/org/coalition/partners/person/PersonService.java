package org.coalition.partners.person;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatcher;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.time.Timestamps;
import org.coalition.partners.partner.PartnerReferences;

/** People: personal data with erasure; every change is published through the outbox. */
@ApplicationScoped
@Transactional
public class PersonService {

    public static final String TOPIC = "partners.events";
    static final String REGISTERED = "org.coalition.person.registered";
    static final String UPDATED = "org.coalition.person.updated";
    static final String ERASED = "org.coalition.person.erased";

    private final PersonRepository people;
    private final PartnerReferences partnerReferences;
    private final Outbox outbox;
    private final MergePatcher patcher;

    public PersonService(PersonRepository people, PartnerReferences partnerReferences, Outbox outbox,
            MergePatcher patcher) {
        this.people = people;
        this.partnerReferences = partnerReferences;
        this.outbox = outbox;
        this.patcher = patcher;
    }

    public Person create(PersonInput input) {
        Person person = PersonMapper.newPerson();
        write(person, input, List.of());
        person.createdAt = person.updatedAt;
        people.persistAndFlush(person);
        publish(REGISTERED, person);
        return person;
    }

    public Person replace(UUID id, String ifMatch, PersonInput input) {
        Person person = requireForUpdate(id, ifMatch);
        return update(person, input);
    }

    public Person patch(UUID id, String ifMatch, JsonNode patch) {
        Person person = requireForUpdate(id, ifMatch);
        return update(person, patcher.apply(PersonMapper.toInput(person), patch, PersonInput.class));
    }

    /**
     * Erasure on request: personal data is removed here and {@code person.erased} tells every other
     * service to remove its copies. Erasing twice changes nothing.
     */
    public void erase(UUID id, String ifMatch) {
        Person person = people.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("person", id));
        ETags.checkIfMatch(ifMatch, person.version);
        if (!person.erased) {
            PersonMapper.erase(person);
            person.updatedAt = Timestamps.now();
            people.flush();
            publish(ERASED, person);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Person get(UUID id) {
        return people.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("person", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> page(PersonRepository.Criteria criteria, PageRequest page) {
        return people.page(criteria, page.afterId(), page.fetchSize());
    }

    private Person update(Person person, PersonInput input) {
        List<UUID> before = person.affiliations.stream().map(a -> a.partnerId).toList();
        write(person, input, before);
        people.flush();
        publish(UPDATED, person);
        return person;
    }

    private Person requireForUpdate(UUID id, String ifMatch) {
        Person person = people.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("person", id));
        ETags.checkIfMatch(ifMatch, person.version);
        if (person.erased) {
            throw new ProblemException(ProblemType.GONE, "Person " + id + " was erased on request; their data cannot be set again.");
        }
        return person;
    }

    private void write(Person person, PersonInput input, List<UUID> previouslyAffiliated) {
        PersonRules.check(input);
        List<PartnerReferences.Reference> references = new ArrayList<>();
        for (int i = 0; i < input.affiliations().size(); i++) {
            UUID partnerId = input.affiliations().get(i).partnerId();
            references.add(new PartnerReferences.Reference("affiliations[" + i + "].partnerId", partnerId,
                    previouslyAffiliated.contains(partnerId)));
        }
        partnerReferences.check(references);
        if (input.email() != null && !input.email().isBlank() && people.emailTakenByAnother(input.email(), person.id)) {
            throw ProblemException.invalidFields(ProblemType.CONFLICT,
                    List.of(new FieldError("email", "is already registered for another person")));
        }
        PersonMapper.apply(input, person);
        person.updatedAt = Timestamps.now();
    }

    private void publish(String type, Person person) {
        outbox.publish(TOPIC, type, person.id.toString(), PersonMapper.toView(person));
    }
}
