package org.coalition.projects.project;

import java.util.ArrayList;
import java.util.List;
import org.coalition.kit.ids.Ids;
import org.coalition.projects.project.ProjectInput.ParticipatingPartnerInput;
import org.coalition.projects.project.ProjectView.ParticipatingPartner;
import org.coalition.kit.text.SearchText;
import org.coalition.kit.text.Slugged;
import org.coalition.projects.reference.Theme;
import org.coalition.projects.replica.Names;

/** Between the API records and the entities; plain code, one direction per method. */
final class ProjectMapper {

    private ProjectMapper() {
    }

    static ProjectView toView(Project project, Names.Known names) {
        ProjectStatus status = status(project);
        return new ProjectView(
                project.id,
                project.communityId,
                project.title,
                project.summary,
                List.copyOf(project.leadMemberPersonIds),
                List.copyOf(project.countries),
                List.copyOf(project.subdivisions),
                project.themes.stream().map(t -> Slugged.fromSlug(Theme.class, t).orElseThrow()).toList(),
                project.policyLevel == null ? null : Slugged.fromSlug(PolicyLevel.class, project.policyLevel).orElseThrow(),
                List.copyOf(project.objectives),
                project.startsOn,
                project.endsOn,
                status,
                status.iatiCode(),
                project.participatingPartners.stream().map(p -> {
                    PartnerRole role = Slugged.fromSlug(PartnerRole.class, p.role).orElseThrow();
                    return new ParticipatingPartner(p.partnerId, names.organisation(p.partnerId), role, role.iatiCode());
                }).toList(),
                project.iatiIdentifier,
                project.createdAt,
                project.updatedAt,
                project.version);
    }

    /** What a PUT would have to send to leave the project as it is: the base of a merge patch. */
    static ProjectInput toInput(Project project) {
        return new ProjectInput(project.communityId, project.title, project.summary,
                List.copyOf(project.leadMemberPersonIds), List.copyOf(project.countries),
                List.copyOf(project.subdivisions),
                project.themes.stream().map(t -> Slugged.fromSlug(Theme.class, t).orElseThrow()).toList(),
                project.policyLevel == null ? null : Slugged.fromSlug(PolicyLevel.class, project.policyLevel).orElseThrow(),
                List.copyOf(project.objectives), project.startsOn, project.endsOn, status(project),
                project.participatingPartners.stream().map(p -> new ParticipatingPartnerInput(p.partnerId,
                        Slugged.fromSlug(PartnerRole.class, p.role).orElseThrow())).toList(),
                project.iatiIdentifier);
    }

    static void apply(ProjectInput input, Project project) {
        project.communityId = input.communityId();
        project.title = input.title().strip();
        project.summary = blankToNull(input.summary());
        project.leadMemberPersonIds = new ArrayList<>(input.leadMemberPersonIds().stream().distinct().toList());
        project.countries = new ArrayList<>(input.countries().stream().distinct().toList());
        project.subdivisions = new ArrayList<>(input.subdivisions().stream().distinct().toList());
        project.themes = new ArrayList<>(input.themes().stream().distinct().map(Theme::slug).toList());
        project.policyLevel = input.policyLevel() == null ? null : input.policyLevel().slug();
        project.objectives = new ArrayList<>(input.objectives().stream().map(String::strip).toList());
        project.startsOn = input.startsOn();
        project.endsOn = input.endsOn();
        if (input.status() != null) {
            project.status = input.status().slug();
        }
        project.participatingPartners.clear();
        input.participatingPartners().forEach(p ->
                project.participatingPartners.add(new Project.StoredPartner(p.partnerId(), p.role().slug())));
        project.iatiIdentifier = blankToNull(input.iatiIdentifier());
        project.searchText = SearchText.normalize(project.title);
    }

    static Project newProject() {
        Project project = new Project();
        project.id = Ids.newId();
        project.status = ProjectStatus.PIPELINE.slug();
        return project;
    }

    static ProjectStatus status(Project project) {
        return Slugged.fromSlug(ProjectStatus.class, project.status).orElseThrow();
    }

    static MilestoneView toView(Milestone milestone) {
        return new MilestoneView(milestone.id, milestone.projectId, milestone.title, milestone.dueOn,
                Slugged.fromSlug(MilestoneStatus.class, milestone.status).orElseThrow(), milestone.completedOn,
                milestone.createdAt, milestone.updatedAt, milestone.version);
    }

    static MilestoneInput toInput(Milestone milestone) {
        MilestoneView view = toView(milestone);
        return new MilestoneInput(view.title(), view.dueOn(), view.status(), view.completedOn());
    }

    static void apply(MilestoneInput input, Milestone milestone) {
        milestone.title = input.title().strip();
        milestone.dueOn = input.dueOn();
        milestone.status = input.status().slug();
        milestone.completedOn = input.completedOn();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
