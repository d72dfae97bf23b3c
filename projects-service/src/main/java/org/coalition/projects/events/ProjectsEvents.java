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

    private ProjectsEvents() {
    }
}
