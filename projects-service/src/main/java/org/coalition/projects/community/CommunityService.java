package org.coalition.projects.community;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.ProblemException;
import org.coalition.projects.events.ProjectsEvents;
import org.coalition.kit.http.MergePatcher;
import org.coalition.projects.replica.Names;
import org.coalition.projects.replica.References;
import org.coalition.projects.replica.References.Reference;

/** Communities of practice: every change is checked, versioned and published through the outbox in one transaction. */
@ApplicationScoped
@Transactional
public class CommunityService {

    private final CommunityRepository communities;
    private final References references;
    private final Names names;
    private final MergePatcher patches;
    private final Outbox outbox;

    public CommunityService(CommunityRepository communities, References references, Names names, MergePatcher patches,
            Outbox outbox) {
        this.communities = communities;
        this.references = references;
        this.names = names;
        this.patches = patches;
        this.outbox = outbox;
    }

    public Community create(CommunityInput input) {
        Community community = CommunityMapper.newCommunity();
        write(community, input);
        community.createdAt = community.updatedAt;
        communities.persistAndFlush(community);
        outbox.publish(ProjectsEvents.TOPIC, ProjectsEvents.COMMUNITY_CREATED, community.id.toString(), view(community));
        return community;
    }

    public Community replace(UUID id, String ifMatch, CommunityInput input) {
        Community community = requireForUpdate(id);
        ETags.checkIfMatch(ifMatch, community.version);
        return update(community, input);
    }

    /** Applies a JSON Merge Patch to the community as a client would PUT it, then validates the result. */
    public Community patch(UUID id, String ifMatch, JsonNode patch) {
        Community community = requireForUpdate(id);
        ETags.checkIfMatch(ifMatch, community.version);
        return update(community, patches.apply(CommunityMapper.toInput(community), patch, CommunityInput.class));
    }

    /**
     * DELETE closes: the community stays, with its members and projects, for everyone who refers to it;
     * closing twice changes nothing.
     */
    public void close(UUID id, String ifMatch) {
        Community community = requireForUpdate(id);
        ETags.checkIfMatch(ifMatch, community.version);
        if (!CommunityStatus.CLOSED.slug().equals(community.status)) {
            community.status = CommunityStatus.CLOSED.slug();
            community.updatedAt = now();
            communities.flush();
            publishChange(community, false);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Community get(UUID id) {
        return communities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("community", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CommunityView> page(CommunityFilter.Criteria criteria, PageRequest page) {
        Page<Community> rows = Page.of(communities.page(criteria, page.afterId(), page.fetchSize()), page,
                c -> Cursor.of(c.id.toString()), c -> c);
        Names.Known known = names.of(rows.items().stream().map(c -> c.facilitatorPartnerId).toList(), List.of());
        return rows.map(c -> CommunityMapper.toView(c, known));
    }

    /** The representation, with the facilitator's current name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommunityView view(Community community) {
        return CommunityMapper.toView(community,
                names.of(Collections.singletonList(community.facilitatorPartnerId), List.of()));
    }

    /**
     * The community a project refers to, share-locked until the project's write commits: members, whose
     * changes lock the community exclusively, cannot change under the project's lead-member check.
     */
    public Community requireForProject(UUID id) {
        return communities.findByIdOptional(id, LockModeType.PESSIMISTIC_READ).orElseThrow(() ->
                ProblemException.unprocessableField("communityId", "no community with id " + id));
    }

    /**
     * Loads a community to change it, locking its row: concurrent writers queue, so each sees the
     * version the previous one committed and a stale If-Match is a clean 412, not a lost update.
     */
    Community requireForUpdate(UUID id) {
        return communities.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("community", id));
    }

    private Community update(Community community, CommunityInput input) {
        boolean wasClosed = CommunityStatus.CLOSED.slug().equals(community.status);
        write(community, input);
        communities.flush();
        publishChange(community, wasClosed);
        return community;
    }

    private void write(Community community, CommunityInput input) {
        CommunityRules.check(input);
        // An organisation archived after it was chosen stays acceptable; only a new choice is checked.
        if (!Objects.equals(input.facilitatorPartnerId(), community.facilitatorPartnerId)) {
            references.check(List.of(Reference.organisation("facilitatorPartnerId", input.facilitatorPartnerId())));
        }
        CommunityMapper.apply(input, community);
        community.updatedAt = now();
    }

    private void publishChange(Community community, boolean wasClosed) {
        boolean closes = !wasClosed && CommunityStatus.CLOSED.slug().equals(community.status);
        outbox.publish(ProjectsEvents.TOPIC, closes ? ProjectsEvents.COMMUNITY_CLOSED : ProjectsEvents.COMMUNITY_UPDATED,
                community.id.toString(), view(community));
    }

    /** Times as PostgreSQL keeps them, so a response and a later read agree to the digit. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
