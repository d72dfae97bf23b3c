package org.coalition.projects.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    public Optional<Milestone> find(UUID projectId, UUID milestoneId) {
        return find("projectId = ?1 and id = ?2", projectId, milestoneId).firstResultOptional();
    }

    /** One keyset page of a project's milestones, in the order they were added. */
    public List<Milestone> page(UUID projectId, UUID after, int size) {
        return (after == null
                ? find("projectId = ?1", Sort.by("id"), projectId)
                : find("projectId = ?1 and id > ?2", Sort.by("id"), projectId, after))
                .page(0, size).list();
    }
}
