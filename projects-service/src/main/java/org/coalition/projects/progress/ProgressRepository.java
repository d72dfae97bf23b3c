package org.coalition.projects.progress;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgressRepository implements PanacheRepositoryBase<ProgressUpdate, UUID> {

    public Optional<ProgressUpdate> find(UUID projectId, UUID updateId) {
        return find("projectId = ?1 and id = ?2", projectId, updateId).firstResultOptional();
    }

    /** One keyset page of a project's updates in the order they were written, optionally in one review state. */
    public List<ProgressUpdate> page(UUID projectId, ReviewStatus review, UUID after, int size) {
        StringBuilder query = new StringBuilder("projectId = :project");
        Parameters parameters = Parameters.with("project", projectId);
        if (review != null) {
            query.append(" and review = :review");
            parameters.and("review", review.slug());
        }
        if (after != null) {
            query.append(" and id > :after");
            parameters.and("after", after);
        }
        return find(query.toString(), Sort.by("id"), parameters).page(0, size).list();
    }
}
