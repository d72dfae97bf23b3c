package org.coalition.projects.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatcher;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.text.Slugged;
import org.coalition.kit.time.Timestamps;
import org.coalition.projects.community.CommunityService;
import org.coalition.projects.community.MemberRepository;
import org.coalition.projects.events.ProjectsEvents;
import org.coalition.projects.project.Project;
import org.coalition.projects.project.ProjectService;
import org.coalition.projects.replica.Names;

/**
 * Peer feedback: members of a community advising each other on their projects. Writes lock the
 * project's row, so its events, keyed by the project, stay in order with the project's own.
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

    private final ProjectService projects;
    private final CommunityService communities;
    private final FeedbackRepository feedback;
    private final MemberRepository members;
    private final Names names;
    private final MergePatcher patches;
    private final Outbox outbox;

    public FeedbackService(ProjectService projects, CommunityService communities, FeedbackRepository feedback,
            MemberRepository members, Names names, MergePatcher patches, Outbox outbox) {
        this.projects = projects;
        this.communities = communities;
        this.feedback = feedback;
        this.members = members;
        this.names = names;
        this.patches = patches;
        this.outbox = outbox;
    }

    public FeedbackView post(UUID projectId, FeedbackInput input) {
        Project project = projects.requireForUpdate(projectId);
        checkAuthor(project, input.authorPersonId());
        Feedback item = new Feedback();
        item.id = Ids.newId();
        item.projectId = projectId;
        item.communityId = project.communityId;
        item.authorPersonId = input.authorPersonId();
        apply(input, item);
        item.createdAt = item.updatedAt;
        feedback.persistAndFlush(item);
        return publish(ProjectsEvents.FEEDBACK_POSTED, item);
    }

    public FeedbackView replace(UUID projectId, UUID feedbackId, String ifMatch, FeedbackInput input) {
        return update(requireForUpdate(projectId, feedbackId, ifMatch), input);
    }

    public FeedbackView patch(UUID projectId, UUID feedbackId, String ifMatch, JsonNode patch) {
        Feedback item = requireForUpdate(projectId, feedbackId, ifMatch);
        return update(item, patches.apply(toInput(item), patch, FeedbackInput.class));
    }

    public void remove(UUID projectId, UUID feedbackId, String ifMatch) {
        Feedback item = requireForUpdate(projectId, feedbackId, ifMatch);
        FeedbackView last = view(item);
        feedback.delete(item);
        feedback.flush();
        outbox.publish(ProjectsEvents.TOPIC, ProjectsEvents.FEEDBACK_REMOVED, projectId.toString(), last);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedbackView get(UUID projectId, UUID feedbackId) {
        return view(find(projectId, feedbackId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FeedbackView> page(FeedbackFilter.Criteria criteria, PageRequest page) {
        if (criteria.projectId() != null) {
            projects.get(criteria.projectId());
        }
        if (criteria.communityId() != null) {
            communities.get(criteria.communityId());
        }
        Page<Feedback> rows = Page.of(feedback.page(criteria, page.afterId(), page.fetchSize()), page,
                f -> Cursor.of(f.id.toString()), f -> f);
        Names.Known known = names.of(List.of(), rows.items().stream().map(f -> f.authorPersonId).toList());
        return rows.map(f -> toView(f, known));
    }

    private FeedbackView update(Feedback item, FeedbackInput input) {
        if (!input.authorPersonId().equals(item.authorPersonId)) {
            throw ProblemException.unprocessableField("authorPersonId",
                    "cannot change; feedback stays with its author (" + item.authorPersonId + ")");
        }
        apply(input, item);
        feedback.flush();
        return publish(ProjectsEvents.FEEDBACK_UPDATED, item);
    }

    /** Peers, not the project's own leads, give feedback: that is the point of a community of practice. */
    private void checkAuthor(Project project, UUID author) {
        if (members.memberOn(project.communityId, author, LocalDate.now()).isEmpty()) {
            throw ProblemException.unprocessableField("authorPersonId",
                    "person " + author + " is not a member of community " + project.communityId);
        }
        if (project.leadMemberPersonIds.contains(author)) {
            throw ProblemException.unprocessableField("authorPersonId",
                    "person " + author + " leads this project; feedback comes from the other members");
        }
    }

    private static void apply(FeedbackInput input, Feedback item) {
        item.kind = input.kind().slug();
        item.body = input.body().strip();
        item.url = input.url();
        item.resolved = input.resolved();
        item.updatedAt = Timestamps.now();
    }

    private static FeedbackInput toInput(Feedback item) {
        return new FeedbackInput(item.authorPersonId, kind(item), item.body, item.url, item.resolved);
    }

    private Feedback requireForUpdate(UUID projectId, UUID feedbackId, String ifMatch) {
        projects.requireForUpdate(projectId);
        Feedback item = find(projectId, feedbackId);
        ETags.checkIfMatch(ifMatch, item.version);
        return item;
    }

    private Feedback find(UUID projectId, UUID feedbackId) {
        projects.get(projectId);
        return feedback.find(projectId, feedbackId).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No feedback with id '" + feedbackId + "' on project '" + projectId + "'."));
    }

    private FeedbackView view(Feedback item) {
        return toView(item, names.of(List.of(), List.of(item.authorPersonId)));
    }

    private FeedbackView publish(String type, Feedback item) {
        FeedbackView view = view(item);
        outbox.publish(ProjectsEvents.TOPIC, type, item.projectId.toString(), view);
        return view;
    }

    private static FeedbackView toView(Feedback item, Names.Known names) {
        return new FeedbackView(item.id, item.projectId, item.communityId, item.authorPersonId,
                names.person(item.authorPersonId), kind(item), item.body, item.url, item.resolved, item.createdAt,
                item.updatedAt, item.version);
    }

    private static FeedbackKind kind(Feedback item) {
        return Slugged.fromSlug(FeedbackKind.class, item.kind).orElseThrow();
    }
}
