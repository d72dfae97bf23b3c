package org.coalition.meetings.meeting;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** The kinds of meeting a coalition or working group holds. */
public enum MeetingKind implements Slugged {
    ANNUAL_MEETING("annual-meeting"),
    WORKING_GROUP("working-group"),
    WORKSHOP("workshop"),
    CONFERENCE("conference"),
    COP_SESSION("cop-session"),
    CONSULTATION("consultation"),
    WEBINAR("webinar"),
    SITE_VISIT("site-visit");

    private final String slug;

    MeetingKind(String slug) {
        this.slug = slug;
    }

    @Override
    @JsonValue
    public String slug() {
        return slug;
    }

    @Override
    public String toString() {
        return slug;
    }
}
