package org.coalition.projects.project;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.ids.Ids;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.projects.events.ProjectsEvents;
import org.coalition.kit.http.MergePatcher;

/**
 * The milestones of a project. A change locks the project's row, so the milestones of one project are
 * written one at a time; their events are keyed by the project and stay in order with its own.
 */
@ApplicationScoped
@Transactional
public class MilestoneService {

    private final ProjectService projects;
    private final MilestoneRepository milestones;
    private final MergePatcher patches;
    private final Outbox outbox;

    public MilestoneService(ProjectService projects, MilestoneRepository milestones, MergePatcher patches, Outbox outbox) {
        this.projects = projects;
        this.milestones = milestones;
        this.patches = patches;
        this.outbox = outbox;
    }

    public Milestone add(UUID projectId, MilestoneInput input) {
        projects.requireForUpdate(projectId);
        ProjectRules.check(input);
        Milestone milestone = new Milestone();
        milestone.id = Ids.newId();
        milestone.projectId = projectId;
        ProjectMapper.apply(input, milestone);
        milestone.updatedAt = ProjectService.now();
        milestone.createdAt = milestone.updatedAt;
        milestones.persistAndFlush(milestone);
        publish(ProjectsEvents.MILESTONE_ADDED, milestone);
        return milestone;
    }

    public Milestone replace(UUID projectId, UUID milestoneId, String ifMatch, MilestoneInput input) {
        Milestone milestone = requireForUpdate(projectId, milestoneId);
        ETags.checkIfMatch(ifMatch, milestone.version);
        return update(milestone, input);
    }

    public Milestone patch(UUID projectId, UUID milestoneId, String ifMatch, JsonNode patch) {
        Milestone milestone = requireForUpdate(projectId, milestoneId);
        ETags.checkIfMatch(ifMatch, milestone.version);
        return update(milestone, patches.apply(ProjectMapper.toInput(milestone), patch, MilestoneInput.class));
    }

    public void remove(UUID projectId, UUID milestoneId, String ifMatch) {
        Milestone milestone = requireForUpdate(projectId, milestoneId);
        ETags.checkIfMatch(ifMatch, milestone.version);
        milestones.delete(milestone);
        milestones.flush();
        publish(ProjectsEvents.MILESTONE_REMOVED, milestone);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Milestone get(UUID projectId, UUID milestoneId) {
        projects.get(projectId);
        return milestones.find(projectId, milestoneId).orElseThrow(() -> notFound(projectId, milestoneId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> page(UUID projectId, PageRequest page) {
        projects.get(projectId);
        return milestones.page(projectId, page.afterId(), page.fetchSize());
    }

    private Milestone update(Milestone milestone, MilestoneInput input) {
        ProjectRules.check(input);
        ProjectMapper.apply(input, milestone);
        milestone.updatedAt = ProjectService.now();
        milestones.flush();
        publish(ProjectsEvents.MILESTONE_UPDATED, milestone);
        return milestone;
    }

    /** Locks the project's row, as adding does: every writer of its milestones queues there. */
    private Milestone requireForUpdate(UUID projectId, UUID milestoneId) {
        projects.requireForUpdate(projectId);
        return milestones.find(projectId, milestoneId).orElseThrow(() -> notFound(projectId, milestoneId));
    }

    private void publish(String type, Milestone milestone) {
        outbox.publish(ProjectsEvents.TOPIC, type, milestone.projectId.toString(), ProjectMapper.toView(milestone));
    }

    private static ProblemException notFound(UUID projectId, UUID milestoneId) {
        return new ProblemException(ProblemType.NOT_FOUND,
                "No milestone with id '" + milestoneId + "' in project '" + projectId + "'.");
    }
}
