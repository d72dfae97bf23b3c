package org.coalition.projects.progress;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.coalition.kit.http.ETags;
import org.coalition.kit.http.MergePatcher;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.kit.time.Timestamps;
import org.coalition.projects.community.CommunityMember;
import org.coalition.projects.community.MemberRepository;
import org.coalition.projects.community.MemberRole;
import org.coalition.projects.events.ProjectsEvents;
import org.coalition.projects.project.Project;
import org.coalition.projects.project.ProjectService;
import org.coalition.projects.replica.Names;

/**
 * Progress updates and their review. Every change locks the project's row, so the updates of one
 * project are written one at a time and their events, keyed by the project, stay in order.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    private final ProjectService projects;
    private final ProgressRepository updates;
    private final MemberRepository members;
    private final Names names;
    private final MergePatcher patches;
    private final Outbox outbox;

    public ProgressService(ProjectService projects, ProgressRepository updates, MemberRepository members, Names names,
            MergePatcher patches, Outbox outbox) {
        this.projects = projects;
        this.updates = updates;
        this.members = members;
        this.names = names;
        this.patches = patches;
        this.outbox = outbox;
    }

    public UpdateView create(UUID projectId, UpdateInput input) {
        Project project = projects.requireForUpdate(projectId);
        check(project, input);
        ProgressUpdate update = new ProgressUpdate();
        update.id = Ids.newId();
        update.projectId = projectId;
        ProgressMapper.apply(input, update);
        update.review = ReviewStatus.DRAFT.slug();
        update.updatedAt = Timestamps.now();
        update.createdAt = update.updatedAt;
        updates.persistAndFlush(update);
        return publish(ProjectsEvents.UPDATE_DRAFTED, update);
    }

    public UpdateView replace(UUID projectId, UUID updateId, String ifMatch, UpdateInput input) {
        ProgressUpdate update = requireEditable(projectId, updateId, ifMatch);
        return revise(update, input);
    }

    public UpdateView patch(UUID projectId, UUID updateId, String ifMatch, JsonNode patch) {
        ProgressUpdate update = requireEditable(projectId, updateId, ifMatch);
        return revise(update, patches.apply(ProgressMapper.toInput(update), patch, UpdateInput.class));
    }

    public UpdateView submit(UUID projectId, UUID updateId, String ifMatch) {
        ProgressUpdate update = requireForUpdate(projectId, updateId, ifMatch);
        ReviewStatus review = ProgressMapper.review(update);
        if (!review.editable()) {
            throw ProblemException.conflict("Update " + updateId + " is " + review
                    + "; only a draft or a returned update can be submitted.");
        }
        update.review = ReviewStatus.SUBMITTED.slug();
        // A resubmitted update waits for a fresh review; the earlier one stays in the returned event.
        update.reviewerPersonId = null;
        update.reviewComment = null;
        update.reviewedAt = null;
        update.submittedAt = Timestamps.now();
        update.updatedAt = update.submittedAt;
        updates.flush();
        return publish(ProjectsEvents.UPDATE_SUBMITTED, update);
    }

    public UpdateView approve(UUID projectId, UUID updateId, String ifMatch, ReviewInput input) {
        return review(projectId, updateId, ifMatch, input, ReviewStatus.APPROVED, ProjectsEvents.UPDATE_APPROVED);
    }

    /** Sends a submitted update back to its author, who can revise and submit it again. */
    public UpdateView sendBack(UUID projectId, UUID updateId, String ifMatch, ReviewInput input) {
        if (input.comment() == null || input.comment().isBlank()) {
            throw ProblemException.invalidField("comment", "is required when returning an update: tell the author what to change");
        }
        return review(projectId, updateId, ifMatch, input, ReviewStatus.RETURNED, ProjectsEvents.UPDATE_RETURNED);
    }

    public void remove(UUID projectId, UUID updateId, String ifMatch) {
        ProgressUpdate update = requireEditable(projectId, updateId, ifMatch);
        updates.delete(update);
        updates.flush();
        publish(ProjectsEvents.UPDATE_REMOVED, update);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UpdateView get(UUID projectId, UUID updateId) {
        projects.get(projectId);
        return view(find(projectId, updateId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UpdateView> page(UUID projectId, ReviewStatus review, PageRequest page) {
        projects.get(projectId);
        Page<ProgressUpdate> rows = Page.of(updates.page(projectId, review, page.afterId(), page.fetchSize()), page,
                u -> Cursor.of(u.id.toString()), u -> u);
        Names.Known known = names.of(List.of(), rows.items().stream()
                .flatMap(u -> Stream.of(u.authorPersonId, u.reviewerPersonId)).toList());
        return rows.map(u -> ProgressMapper.toView(u, known));
    }

    private UpdateView review(UUID projectId, UUID updateId, String ifMatch, ReviewInput input, ReviewStatus outcome,
            String type) {
        ProgressUpdate update = requireForUpdate(projectId, updateId, ifMatch);
        ReviewStatus review = ProgressMapper.review(update);
        if (review != ReviewStatus.SUBMITTED) {
            throw ProblemException.conflict("Update " + updateId + " is " + review
                    + "; only a submitted update can be approved or returned.");
        }
        checkReviewer(projects.get(projectId), update, input.reviewerPersonId());
        update.review = outcome.slug();
        update.reviewerPersonId = input.reviewerPersonId();
        update.reviewComment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        update.reviewedAt = Timestamps.now();
        update.updatedAt = update.reviewedAt;
        updates.flush();
        return publish(type, update);
    }

    private UpdateView revise(ProgressUpdate update, UpdateInput input) {
        if (!input.authorPersonId().equals(update.authorPersonId)) {
            throw ProblemException.unprocessableField("authorPersonId",
                    "cannot change; an update stays with its author (" + update.authorPersonId + ")");
        }
        check(projects.get(update.projectId), input);
        ProgressMapper.apply(input, update);
        update.updatedAt = Timestamps.now();
        updates.flush();
        return publish(ProjectsEvents.UPDATE_REVISED, update);
    }

    private void check(Project project, UpdateInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.reportedOn().isAfter(LocalDate.now())) {
            errors.add(new FieldError("reportedOn", "must not be in the future"));
        }
        if (members.memberOn(project.communityId, input.authorPersonId(), input.reportedOn()).isEmpty()) {
            errors.add(new FieldError("authorPersonId", "person " + input.authorPersonId()
                    + " is not a member of community " + project.communityId + " on " + input.reportedOn()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.UNPROCESSABLE, errors);
        }
    }

    private void checkReviewer(Project project, ProgressUpdate update, UUID reviewer) {
        if (reviewer.equals(update.authorPersonId)) {
            throw ProblemException.unprocessableField("reviewerPersonId", "is the update's author; another facilitator reviews it");
        }
        CommunityMember member = members.memberOn(project.communityId, reviewer, LocalDate.now())
                .orElseThrow(() -> ProblemException.unprocessableField("reviewerPersonId",
                        "person " + reviewer + " is not a member of community " + project.communityId));
        if (!MemberRole.FACILITATOR.slug().equals(member.role)) {
            throw ProblemException.unprocessableField("reviewerPersonId", "person " + reviewer + " is a " + member.role
                    + " of community " + project.communityId + "; only facilitators review updates");
        }
    }

    /** An update that can still be changed by its author: a draft or one returned by the reviewer. */
    private ProgressUpdate requireEditable(UUID projectId, UUID updateId, String ifMatch) {
        ProgressUpdate update = requireForUpdate(projectId, updateId, ifMatch);
        ReviewStatus review = ProgressMapper.review(update);
        if (!review.editable()) {
            throw ProblemException.conflict("Update " + updateId + " is " + review
                    + " and can no longer be changed or removed.");
        }
        return update;
    }

    private ProgressUpdate requireForUpdate(UUID projectId, UUID updateId, String ifMatch) {
        projects.requireForUpdate(projectId);
        ProgressUpdate update = find(projectId, updateId);
        ETags.checkIfMatch(ifMatch, update.version);
        return update;
    }

    private ProgressUpdate find(UUID projectId, UUID updateId) {
        return updates.find(projectId, updateId).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No progress update with id '" + updateId + "' in project '" + projectId + "'."));
    }

    private UpdateView view(ProgressUpdate update) {
        return ProgressMapper.toView(update, names.of(List.of(), Arrays.asList(update.authorPersonId,
                update.reviewerPersonId)));
    }

    private UpdateView publish(String type, ProgressUpdate update) {
        UpdateView view = view(update);
        outbox.publish(ProjectsEvents.TOPIC, type, update.projectId.toString(), view);
        return view;
    }
}
