package org.coalition.projects.project;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coalition.kit.http.ETags;
import org.coalition.kit.outbox.Outbox;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.Problem.FieldError;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;
import org.coalition.projects.community.Community;
import org.coalition.projects.community.CommunityService;
import org.coalition.projects.community.CommunityStatus;
import org.coalition.projects.community.MemberRepository;
import org.coalition.projects.events.ProjectsEvents;
import org.coalition.projects.project.ProjectInput.ParticipatingPartnerInput;
import org.coalition.kit.http.MergePatcher;
import org.coalition.projects.replica.Names;
import org.coalition.projects.replica.References;
import org.coalition.projects.replica.References.Reference;

/** Projects: every change is checked, versioned and published through the outbox in one transaction. */
@ApplicationScoped
@Transactional
public class ProjectService {

    private final ProjectRepository projects;
    private final CommunityService communities;
    private final MemberRepository members;
    private final References references;
    private final Names names;
    private final MergePatcher patches;
    private final Outbox outbox;

    public ProjectService(ProjectRepository projects, CommunityService communities, MemberRepository members,
            References references, Names names, MergePatcher patches, Outbox outbox) {
        this.projects = projects;
        this.communities = communities;
        this.members = members;
        this.references = references;
        this.names = names;
        this.patches = patches;
        this.outbox = outbox;
    }

    public Project create(ProjectInput input) {
        Project project = ProjectMapper.newProject();
        write(project, input, true);
        project.createdAt = project.updatedAt;
        projects.persistAndFlush(project);
        publish(ProjectsEvents.PROJECT_CREATED, project);
        return project;
    }

    public Project replace(UUID id, String ifMatch, ProjectInput input) {
        Project project = requireForUpdate(id);
        ETags.checkIfMatch(ifMatch, project.version);
        return update(project, input);
    }

    /** Applies a JSON Merge Patch to the project as a client would PUT it, then validates the result. */
    public Project patch(UUID id, String ifMatch, JsonNode patch) {
        Project project = requireForUpdate(id);
        ETags.checkIfMatch(ifMatch, project.version);
        return update(project, patches.apply(ProjectMapper.toInput(project), patch, ProjectInput.class));
    }

    /**
     * DELETE discontinues: the project stays, with its milestones, for the record; discontinuing twice
     * changes nothing, and a completed project cannot be discontinued (409).
     */
    public void discontinue(UUID id, String ifMatch) {
        Project project = requireForUpdate(id);
        ETags.checkIfMatch(ifMatch, project.version);
        ProjectStatus from = ProjectMapper.status(project);
        if (from != ProjectStatus.DISCONTINUED) {
            ProjectRules.checkTransition(from, ProjectStatus.DISCONTINUED);
            project.status = ProjectStatus.DISCONTINUED.slug();
            project.updatedAt = now();
            projects.flush();
            publish(ProjectsEvents.PROJECT_STATUS_CHANGED, project);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Project get(UUID id) {
        return projects.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("project", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProjectView> page(ProjectFilter.Criteria criteria, PageRequest page) {
        Page<Project> rows = Page.of(projects.page(criteria, page.afterId(), page.fetchSize()), page,
                p -> Cursor.of(p.id.toString()), p -> p);
        Names.Known known = names.of(rows.items().stream()
                .flatMap(p -> p.participatingPartners.stream().map(pp -> pp.partnerId)).toList(), List.of());
        return rows.map(p -> ProjectMapper.toView(p, known));
    }

    /** The representation, with the current names of the participating organisations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectView view(Project project) {
        return ProjectMapper.toView(project,
                names.of(project.participatingPartners.stream().map(pp -> pp.partnerId).toList(), List.of()));
    }

    /**
     * Loads a project to change it, locking its row: concurrent writers queue, so each sees the version
     * the previous one committed and a stale If-Match is a clean 412, not a lost update.
     */
    public Project requireForUpdate(UUID id) {
        return projects.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("project", id));
    }

    private Project update(Project project, ProjectInput input) {
        ProjectStatus from = ProjectMapper.status(project);
        if (input.status() != null) {
            ProjectRules.checkTransition(from, input.status());
        }
        write(project, input, false);
        projects.flush();
        publish(ProjectMapper.status(project) == from ? ProjectsEvents.PROJECT_UPDATED
                : ProjectsEvents.PROJECT_STATUS_CHANGED, project);
        return project;
    }

    private void write(Project project, ProjectInput input, boolean creating) {
        ProjectRules.check(input);
        boolean movesCommunity = creating || !input.communityId().equals(project.communityId);
        Community community = communities.requireForProject(input.communityId());
        if (movesCommunity && CommunityStatus.CLOSED.slug().equals(community.status)) {
            throw ProblemException.invalidFields(ProblemType.CONFLICT, List.of(new FieldError("communityId",
                    "community " + community.id + " is closed and takes no new projects")));
        }
        checkLeads(input);
        checkPartners(project, input);
        if (input.iatiIdentifier() != null) {
            projects.holderOf(input.iatiIdentifier(), project.id).ifPresent(holder -> {
                throw ProblemException.invalidFields(ProblemType.CONFLICT, List.of(new FieldError("iatiIdentifier",
                        input.iatiIdentifier() + " already identifies project " + holder)));
            });
        }
        ProjectMapper.apply(input, project);
        project.updatedAt = now();
    }

    private void checkLeads(ProjectInput input) {
        Set<UUID> leads = members.membersAmong(input.communityId(), input.leadMemberPersonIds());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.leadMemberPersonIds().size(); i++) {
            UUID lead = input.leadMemberPersonIds().get(i);
            if (!leads.contains(lead)) {
                errors.add(new FieldError("leadMemberPersonIds[" + i + "]", "person " + lead
                        + " is not a member of community " + input.communityId() + "; add them as a member first"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(ProblemType.UNPROCESSABLE, errors);
        }
    }

    /** An organisation archived after it joined the project stays acceptable; only new ones are checked. */
    private void checkPartners(Project project, ProjectInput input) {
        Set<UUID> current = new HashSet<>();
        project.participatingPartners.forEach(p -> current.add(p.partnerId));
        List<Reference> added = new ArrayList<>();
        for (int i = 0; i < input.participatingPartners().size(); i++) {
            ParticipatingPartnerInput partner = input.participatingPartners().get(i);
            if (!current.contains(partner.partnerId())) {
                added.add(Reference.organisation("participatingPartners[" + i + "].partnerId", partner.partnerId()));
            }
        }
        references.check(added);
    }

    private void publish(String type, Project project) {
        outbox.publish(ProjectsEvents.TOPIC, type, project.id.toString(), view(project));
    }

    /** Times as PostgreSQL keeps them, so a response and a later read agree to the digit. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
