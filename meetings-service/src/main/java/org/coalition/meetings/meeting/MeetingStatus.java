package org.coalition.meetings.meeting;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** Where a meeting stands; held and cancelled are reached only through their own operations. */
public enum MeetingStatus implements Slugged {
    PLANNED("planned"),
    CONFIRMED("confirmed"),
    HELD("held"),
    CANCELLED("cancelled");

    private final String slug;

    MeetingStatus(String slug) {
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
