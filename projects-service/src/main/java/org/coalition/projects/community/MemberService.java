package org.coalition.projects.community;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.projects.events.ProjectsEvents;
import org.coalition.kit.http.MergePatcher;
import org.coalition.projects.replica.Names;
import org.coalition.projects.replica.References;
import org.coalition.projects.replica.References.Reference;

/**
 * The members of a community. A change locks the community's row, so two requests adding the same
 * person queue and the second finds the first's membership (409) instead of a duplicate. Member events
 * are keyed by the community, so they stay in order with the community's own.
 */
@ApplicationScoped
@Transactional
public class MemberService {

    private final CommunityService communities;
    private final MemberRepository members;
    private final References references;
    private final Names names;
    private final MergePatcher patches;
    private final Outbox outbox;

    public MemberService(CommunityService communities, MemberRepository members, References references, Names names,
            MergePatcher patches, Outbox outbox) {
        this.communities = communities;
        this.members = members;
        this.references = references;
        this.names = names;
        this.patches = patches;
        this.outbox = outbox;
    }

    public CommunityMember add(UUID communityId, MemberInput input) {
        if (input.personId() == null) {
            throw ProblemException.invalidField("personId", "must not be null");
        }
        communities.requireForUpdate(communityId);
        members.find(communityId, input.personId()).ifPresent(existing -> {
            throw ProblemException.invalidFields(ProblemType.CONFLICT, List.of(new FieldError("personId",
                    "person " + input.personId() + " is a member of this community already; change that membership at "
                            + "/v1/communities/" + communityId + "/members/" + input.personId())));
        });
        CommunityMember member = new CommunityMember();
        member.id = Ids.newId();
        member.communityId = communityId;
        member.personId = input.personId();
        write(member, input, true);
        member.createdAt = member.updatedAt;
        members.persistAndFlush(member);
        publish(ProjectsEvents.MEMBER_ADDED, member);
        return member;
    }

    public CommunityMember replace(UUID communityId, UUID personId, String ifMatch, MemberInput input) {
        CommunityMember member = requireForUpdate(communityId, personId);
        ETags.checkIfMatch(ifMatch, member.version);
        return update(member, input);
    }

    public CommunityMember patch(UUID communityId, UUID personId, String ifMatch, JsonNode patch) {
        CommunityMember member = requireForUpdate(communityId, personId);
        ETags.checkIfMatch(ifMatch, member.version);
        return update(member, patches.apply(CommunityMapper.toInput(member), patch, MemberInput.class));
    }

    /** Removes a membership recorded by mistake; one that ended is kept, with leftOn. A project lead stays. */
    public void remove(UUID communityId, UUID personId, String ifMatch) {
        CommunityMember member = requireForUpdate(communityId, personId);
        ETags.checkIfMatch(ifMatch, member.version);
        members.ledProject(communityId, personId).ifPresent(title -> {
            throw ProblemException.conflict("Person " + personId + " leads the project '" + title
                    + "'; change its leadMemberPersonIds first, or record that they left with leftOn.");
        });
        members.delete(member);
        members.flush();
        publish(ProjectsEvents.MEMBER_REMOVED, member);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommunityMember get(UUID communityId, UUID personId) {
        communities.get(communityId);
        return members.find(communityId, personId).orElseThrow(() -> notFound(communityId, personId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MemberView> page(UUID communityId, PageRequest page) {
        communities.get(communityId);
        Page<CommunityMember> rows = Page.of(members.page(communityId, page.afterId(), page.fetchSize()), page,
                m -> Cursor.of(m.id.toString()), m -> m);
        Names.Known known = names.of(rows.items().stream().map(m -> m.affiliationPartnerId).toList(),
                rows.items().stream().map(m -> m.personId).toList());
        return rows.map(m -> CommunityMapper.toView(m, known));
    }

    /** The representation, with the current names of the person and the affiliation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberView view(CommunityMember member) {
        return CommunityMapper.toView(member,
                names.of(Collections.singletonList(member.affiliationPartnerId), List.of(member.personId)));
    }

    private CommunityMember update(CommunityMember member, MemberInput input) {
        if (input.personId() != null && !input.personId().equals(member.personId)) {
            throw ProblemException.invalidField("personId", "must be " + member.personId
                    + ", the person of this membership, or absent; to change the person, add a new member");
        }
        write(member, input, false);
        members.flush();
        publish(ProjectsEvents.MEMBER_UPDATED, member);
        return member;
    }

    private void write(CommunityMember member, MemberInput input, boolean adding) {
        CommunityRules.check(input);
        List<Reference> changed = new ArrayList<>();
        if (adding) {
            changed.add(Reference.person("personId", input.personId()));
        }
        // An organisation archived after it was chosen stays acceptable; only a new choice is checked.
        if (!Objects.equals(input.affiliationPartnerId(), member.affiliationPartnerId)) {
            changed.add(Reference.organisation("affiliationPartnerId", input.affiliationPartnerId()));
        }
        references.check(changed);
        CommunityMapper.apply(input, member);
        member.updatedAt = CommunityService.now();
    }

    /** Locks the community's row, as adding does: every writer of its members queues there. */
    private CommunityMember requireForUpdate(UUID communityId, UUID personId) {
        communities.requireForUpdate(communityId);
        return members.find(communityId, personId).orElseThrow(() -> notFound(communityId, personId));
    }

    private void publish(String type, CommunityMember member) {
        outbox.publish(ProjectsEvents.TOPIC, type, member.communityId.toString(), view(member));
    }

    private static ProblemException notFound(UUID communityId, UUID personId) {
        return new ProblemException(ProblemType.NOT_FOUND,
                "Person '" + personId + "' is not a member of community '" + communityId + "'.");
    }
}
