package org.coalition.projects.feedback;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<Feedback, UUID> {

    public Optional<Feedback> find(UUID projectId, UUID feedbackId) {
        return find("projectId = ?1 and id = ?2", projectId, feedbackId).firstResultOptional();
    }

    /** One keyset page, oldest first, of a project's or a community's feedback. */
    public List<Feedback> page(FeedbackFilter.Criteria criteria, UUID after, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (criteria.projectId() != null) {
            query.append(" and projectId = :project");
            parameters.and("project", criteria.projectId());
        }
        if (criteria.communityId() != null) {
            query.append(" and communityId = :community");
            parameters.and("community", criteria.communityId());
        }
        if (criteria.kind() != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", criteria.kind().slug());
        }
        if (criteria.resolved() != null) {
            query.append(" and resolved = :resolved");
            parameters.and("resolved", criteria.resolved());
        }
        if (criteria.authorPersonId() != null) {
            query.append(" and authorPersonId = :author");
            parameters.and("author", criteria.authorPersonId());
        }
        if (after != null) {
            query.append(" and id > :after");
            parameters.and("after", after);
        }
        return find(query.toString(), Sort.by("id"), parameters).page(0, size).list();
    }
}
