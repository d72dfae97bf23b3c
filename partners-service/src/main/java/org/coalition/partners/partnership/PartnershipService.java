package org.coalition.partners.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatcher;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.time.Timestamps;
import org.coalition.partners.partner.PartnerReferences;
import org.coalition.partners.partnership.PartnershipApi.Participant;
import org.coalition.partners.partnership.PartnershipApi.PartnershipInput;
import org.coalition.partners.partnership.PartnershipApi.PartnershipView;
import org.coalition.kit.text.Slugged;

@ApplicationScoped
@Transactional
public class PartnershipService {

    static final String TOPIC = "partners.events";

    private final PartnershipRepository partnerships;
    private final PartnerReferences partnerReferences;
    private final Outbox outbox;
    private final MergePatcher patcher;

    public PartnershipService(PartnershipRepository partnerships, PartnerReferences partnerReferences, Outbox outbox,
            MergePatcher patcher) {
        this.partnerships = partnerships;
        this.partnerReferences = partnerReferences;
        this.outbox = outbox;
        this.patcher = patcher;
    }

    public Partnership create(PartnershipInput input) {
        Partnership partnership = new Partnership();
        partnership.id = Ids.newId();
        write(partnership, input);
        partnership.createdAt = partnership.updatedAt;
        partnerships.persistAndFlush(partnership);
        publish("org.coalition.partnership.registered", partnership);
        return partnership;
    }

    public Partnership replace(UUID id, String ifMatch, PartnershipInput input) {
        Partnership partnership = requireForUpdate(id, ifMatch);
        write(partnership, input);
        partnerships.flush();
        publish("org.coalition.partnership.updated", partnership);
        return partnership;
    }

    public Partnership patch(UUID id, String ifMatch, JsonNode patch) {
        Partnership partnership = requireForUpdate(id, ifMatch);
        return replace(id, null, patcher.apply(toInput(partnership), patch, PartnershipInput.class));
    }

    public void remove(UUID id, String ifMatch) {
        Partnership partnership = requireForUpdate(id, ifMatch);
        PartnershipView last = toView(partnership);
        partnerships.delete(partnership);
        partnerships.flush();
        outbox.publish(TOPIC, "org.coalition.partnership.removed", id.toString(), last);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Partnership get(UUID id) {
        return partnerships.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("partnership", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Partnership> page(PartnershipRepository.Criteria criteria, PageRequest page) {
        return partnerships.page(criteria, page.afterId(), page.fetchSize());
    }

    static PartnershipView toView(Partnership p) {
        return new PartnershipView(p.id, p.title, Slugged.fromSlug(PartnershipApi.Kind.class, p.kind).orElseThrow(),
                p.participants.stream().map(s -> new Participant(s.partnerId, s.role)).toList(), p.from, p.to,
                Slugged.fromSlug(PartnershipApi.Status.class, p.status).orElseThrow(), p.description, p.createdAt,
                p.updatedAt, p.version);
    }

    private static PartnershipInput toInput(Partnership p) {
        PartnershipView view = toView(p);
        return new PartnershipInput(view.title(), view.kind(), view.participants(), view.from(), view.to(),
                view.status(), view.description());
    }

    private void write(Partnership partnership, PartnershipInput input) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> distinct = new HashSet<>();
        input.participants().forEach(participant -> distinct.add(participant.partnerId()));
        if (distinct.size() < 2) {
            errors.add(new FieldError("participants", "must name at least two different organisations"));
        }
        if (distinct.size() != input.participants().size()) {
            errors.add(new FieldError("participants", "lists an organisation twice"));
        }
        if (input.from() != null && input.to() != null && input.to().isBefore(input.from())) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
        List<UUID> before = partnership.participants.stream().map(s -> s.partnerId).toList();
        List<PartnerReferences.Reference> references = new ArrayList<>();
        for (int i = 0; i < input.participants().size(); i++) {
            UUID partnerId = input.participants().get(i).partnerId();
            references.add(new PartnerReferences.Reference("participants[" + i + "].partnerId", partnerId,
                    before.contains(partnerId)));
        }
        partnerReferences.check(references);
        partnership.title = input.title().strip();
        partnership.kind = input.kind().slug();
        partnership.participants.clear();
        for (Participant participant : input.participants()) {
            Partnership.StoredParticipant stored = new Partnership.StoredParticipant();
            stored.partnerId = participant.partnerId();
            stored.role = participant.role() == null || participant.role().isBlank() ? null : participant.role().strip();
            partnership.participants.add(stored);
        }
        partnership.from = input.from();
        partnership.to = input.to();
        partnership.status = input.status().slug();
        partnership.description = input.description();
        partnership.updatedAt = Timestamps.now();
    }

    private Partnership requireForUpdate(UUID id, String ifMatch) {
        Partnership partnership = partnerships.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("partnership", id));
        ETags.checkIfMatch(ifMatch, partnership.version);
        return partnership;
    }

    private void publish(String type, Partnership partnership) {
        outbox.publish(TOPIC, type, partnership.id.toString(), toView(partnership));
    }
}
