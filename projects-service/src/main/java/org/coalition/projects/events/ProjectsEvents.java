package org.coalition.projects.events;

/** The topic and CloudEvents types this service publishes; documented for consumers in the README. */
public final class ProjectsEvents {

    /** One topic for the service's aggregates, keyed by community or project id. */
    public static final String TOPIC = "projects.events";

    public static final String COMMUNITY_CREATED = "org.coalition.community.created";
    public static final String COMMUNITY_UPDATED = "org.coalition.community.updated";
    public static final String COMMUNITY_CLOSED = "org.coalition.community.closed";
    public static final String MEMBER_ADDED = "org.coalition.community.member.added";
    public static final String MEMBER_UPDATED = "org.coalition.community.member.updated";
    public static final String MEMBER_REMOVED = "org.coalition.community.member.removed";
    public static final String PROJECT_CREATED = "org.coalition.project.created";
    public static final String PROJECT_UPDATED = "org.coalition.project.updated";
    public static final String PROJECT_STATUS_CHANGED = "org.coalition.project.status-changed";
    public static final String MILESTONE_ADDED = "org.coalition.project.milestone.added";
    public static final String MILESTONE_UPDATED = "org.coalition.project.milestone.updated";
    public static final String MILESTONE_REMOVED = "org.coalition.project.milestone.removed";
    public static final String UPDATE_DRAFTED = "org.coalition.project.update.drafted";
    public static final String UPDATE_REVISED = "org.coalition.project.update.revised";
    public static final String UPDATE_SUBMITTED = "org.coalition.project.update.submitted";
    public static final String UPDATE_APPROVED = "org.coalition.project.update.approved";
    public static final String UPDATE_RETURNED = "org.coalition.project.update.returned";
    public static final String UPDATE_REMOVED = "org.coalition.project.update.removed";
    public static final String INDICATOR_ADDED = "org.coalition.project.indicator.added";
    public static final String INDICATOR_UPDATED = "org.coalition.project.indicator.updated";
    public static final String INDICATOR_REMOVED = "org.coalition.project.indicator.removed";
    public static final String INDICATOR_MEASURED = "org.coalition.project.indicator.measured";
    public static final String MEASUREMENT_REMOVED = "org.coalition.project.indicator.measurement-removed";
    public static final String FEEDBACK_POSTED = "org.coalition.project.feedback.posted";
    public static final String FEEDBACK_UPDATED = "org.coalition.project.feedback.updated";
    public static final String FEEDBACK_REMOVED = "org.coalition.project.feedback.removed";

    private ProjectsEvents() {
    }
}
