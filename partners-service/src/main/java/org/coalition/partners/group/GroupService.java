package org.coalition.partners.group;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
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
import org.coalition.partners.group.GroupApi.GroupInput;
import org.coalition.partners.group.GroupApi.MembershipInput;
import org.coalition.partners.partner.PartnerReferences;
import org.coalition.partners.person.Person;
import org.coalition.partners.person.PersonRepository;
import org.coalition.kit.text.Countries;
import org.coalition.kit.text.LanguageTags;

/** Groups and their memberships; every change is published to partners.events through the outbox. */
@ApplicationScoped
@Transactional
public class GroupService {

    static final String TOPIC = "partners.events";

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final PartnerReferences partnerReferences;
    private final Outbox outbox;
    private final MergePatcher patcher;

    public GroupService(GroupRepository groups, MembershipRepository memberships, PersonRepository people,
            PartnerReferences partnerReferences, Outbox outbox, MergePatcher patcher) {
        this.groups = groups;
        this.memberships = memberships;
        this.people = people;
        this.partnerReferences = partnerReferences;
        this.outbox = outbox;
        this.patcher = patcher;
    }

    public PartnerGroup create(GroupInput input) {
        PartnerGroup group = new PartnerGroup();
        group.id = Ids.newId();
        group.status = GroupStatus.ACTIVE.slug();
        write(group, input);
        group.createdAt = group.updatedAt;
        groups.persistAndFlush(group);
        publish("org.coalition.group.registered", group);
        return group;
    }

    public PartnerGroup replace(UUID id, String ifMatch, GroupInput input) {
        PartnerGroup group = requireForUpdate(id, ifMatch);
        write(group, input);
        groups.flush();
        publish("org.coalition.group.updated", group);
        return group;
    }

    public PartnerGroup patch(UUID id, String ifMatch, JsonNode patch) {
        PartnerGroup group = requireForUpdate(id, ifMatch);
        return replace(id, null, patcher.apply(GroupMapper.toInput(group), patch, GroupInput.class));
    }

    /** DELETE archives a group: its memberships stay as history; archiving twice changes nothing. */
    public void archive(UUID id, String ifMatch) {
        PartnerGroup group = requireForUpdate(id, ifMatch);
        if (GroupStatus.ACTIVE.slug().equals(group.status)) {
            group.status = GroupStatus.ARCHIVED.slug();
            group.updatedAt = Timestamps.now();
            groups.flush();
            publish("org.coalition.group.archived", group);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerGroup get(UUID id) {
        return groups.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("group", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerGroup> page(GroupRepository.Criteria criteria, PageRequest page) {
        return groups.page(criteria, page.afterId(), page.fetchSize());
    }

    public Membership addMember(UUID groupId, MembershipInput input) {
        PartnerGroup group = get(groupId);
        if (!GroupStatus.ACTIVE.slug().equals(group.status)) {
            throw ProblemException.conflict("Group " + groupId + " is archived and takes no new members.");
        }
        Membership membership = new Membership();
        membership.id = Ids.newId();
        membership.groupId = groupId;
        write(membership, input, false);
        membership.createdAt = membership.updatedAt;
        memberships.persistAndFlush(membership);
        publish("org.coalition.group.membership.added", membership);
        return membership;
    }

    public Membership replaceMember(UUID groupId, UUID membershipId, String ifMatch, MembershipInput input) {
        Membership membership = requireMembership(groupId, membershipId, true);
        ETags.checkIfMatch(ifMatch, membership.version);
        boolean sameMember = membership.partnerId != null ? membership.partnerId.equals(input.partnerId())
                : membership.personId.equals(input.personId());
        write(membership, input, sameMember);
        memberships.flush();
        publish("org.coalition.group.membership.updated", membership);
        return membership;
    }

    public void removeMember(UUID groupId, UUID membershipId, String ifMatch) {
        Membership membership = requireMembership(groupId, membershipId, true);
        ETags.checkIfMatch(ifMatch, membership.version);
        memberships.delete(membership);
        memberships.flush();
        publish("org.coalition.group.membership.removed", membership);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Membership member(UUID groupId, UUID membershipId) {
        return requireMembership(groupId, membershipId, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> members(UUID groupId, PageRequest page) {
        get(groupId);
        return memberships.page(groupId, page.afterId(), page.fetchSize());
    }

    private void write(PartnerGroup group, GroupInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.country() != null && !Countries.isCountry(input.country())) {
            errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code such as KH"));
        }
        if (input.country() == null && input.level().needsCountry()) {
            errors.add(new FieldError("country", "is required for a " + input.level() + " group"));
        }
        if (input.subdivision() != null && !Countries.isSubdivisionOf(input.subdivision(), input.country())) {
            errors.add(new FieldError("subdivision", "must be an ISO 3166-2 code within country " + input.country()));
        }
        input.names().keySet().stream().filter(tag -> !LanguageTags.isValid(tag)).sorted().forEach(tag ->
                errors.add(new FieldError("names." + tag, "the key must be a BCP 47 language tag such as fr or km")));
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
        if (input.parentGroupId() != null && !input.parentGroupId().equals(group.parentGroupId)) {
            PartnerGroup parent = groups.findByIdOptional(input.parentGroupId()).orElseThrow(() ->
                    ProblemException.unprocessableField("parentGroupId", "no group " + input.parentGroupId()));
            if (!GroupStatus.ACTIVE.slug().equals(parent.status)) {
                throw conflict("parentGroupId", "group " + parent.id + " is archived");
            }
            if (groups.isAncestorOrSelf(group.id, parent.id)) {
                throw conflict("parentGroupId", "a group cannot be within itself or one of its subgroups");
            }
        }
        GroupMapper.apply(input, group);
        group.updatedAt = Timestamps.now();
    }

    private void write(Membership membership, MembershipInput input, boolean sameMember) {
        List<FieldError> errors = new ArrayList<>();
        if ((input.partnerId() == null) == (input.personId() == null)) {
            errors.add(new FieldError("partnerId", "give exactly one of partnerId and personId"));
        }
        if (input.from() != null && input.to() != null && input.to().isBefore(input.from())) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.VALIDATION, errors);
        }
        if (input.partnerId() != null) {
            partnerReferences.check(List.of(new PartnerReferences.Reference("partnerId", input.partnerId(), sameMember)));
        } else {
            Person person = people.findByIdOptional(input.personId()).orElseThrow(() ->
                    ProblemException.unprocessableField("personId", "no person " + input.personId()));
            if (person.erased && !sameMember) {
                throw conflict("personId", "person " + person.id + " was erased");
            }
        }
        GroupMapper.apply(input, membership);
        membership.updatedAt = Timestamps.now();
        if (membership.to == null && memberships.hasOpenDuplicate(membership)) {
            throw ProblemException.conflict("This member already holds an open " + membership.role
                    + " membership of the group.");
        }
    }

    private PartnerGroup requireForUpdate(UUID id, String ifMatch) {
        PartnerGroup group = groups.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("group", id));
        ETags.checkIfMatch(ifMatch, group.version);
        return group;
    }

    private Membership requireMembership(UUID groupId, UUID membershipId, boolean lock) {
        Membership membership = (lock ? memberships.findByIdOptional(membershipId, LockModeType.PESSIMISTIC_WRITE)
                : memberships.findByIdOptional(membershipId))
                .filter(m -> m.groupId.equals(groupId))
                .orElseThrow(() -> ProblemException.notFound("membership of group " + groupId, membershipId));
        return membership;
    }

    private static ProblemException conflict(String field, String message) {
        return ProblemException.invalidFields(ProblemType.CONFLICT, List.of(new FieldError(field, message)));
    }

    private void publish(String type, PartnerGroup group) {
        outbox.publish(TOPIC, type, group.id.toString(), GroupMapper.toView(group, null));
    }

    /** Membership events are keyed by the group, so they stay in order with the group's own. */
    private void publish(String type, Membership membership) {
        outbox.publish(TOPIC, type, membership.groupId.toString(), GroupMapper.toView(membership));
    }
}
