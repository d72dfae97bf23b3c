package org.coalition.projects.actionitem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coalition.kit.paging.Cursor;
import org.coalition.kit.paging.Page;
import org.coalition.kit.paging.PageRequest;
import org.coalition.kit.problem.ProblemException;
import org.coalition.projects.project.ProjectService;
import org.coalition.projects.replica.Names;

/** Reads the action items linked to a project, with the current names of their owners. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActionItemService {

    static final Set<String> STATUSES = Set.of("open", "in-progress", "done", "dropped");

    private final ProjectService projects;
    private final ActionItemRepository items;
    private final Names names;

    public ActionItemService(ProjectService projects, ActionItemRepository items, Names names) {
        this.projects = projects;
        this.items = items;
        this.names = names;
    }

    public Page<ActionItemView> page(UUID projectId, String status, PageRequest request) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalidField("status", "must be one of " + STATUSES.stream().sorted().toList());
        }
        projects.get(projectId);
        Page<ReplicaActionItem> page = Page.of(items.page(projectId, status, request.afterId(), request.fetchSize()),
                request, item -> Cursor.of(item.id.toString()), item -> item);
        Names.Known known = names.of(page.items().stream().map(item -> item.ownerPartnerId).toList(),
                page.items().stream().map(item -> item.ownerPersonId).toList());
        LocalDate today = LocalDate.now();
        return page.map(item -> new ActionItemView(item.id, item.meetingId, item.title, item.status, item.dueOn,
                isOpen(item) && item.dueOn != null && item.dueOn.isBefore(today), item.completedAt,
                item.ownerPersonId, known.person(item.ownerPersonId), item.ownerPartnerId,
                known.organisation(item.ownerPartnerId), item.version));
    }

    private static boolean isOpen(ReplicaActionItem item) {
        return List.of("open", "in-progress").contains(item.status);
    }
}
