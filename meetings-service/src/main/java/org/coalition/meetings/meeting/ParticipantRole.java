package org.coalition.meetings.meeting;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** The part someone plays in a meeting. */
public enum ParticipantRole implements Slugged {
    ORGANISER("organiser"),
    SPEAKER("speaker"),
    FACILITATOR("facilitator"),
    PARTICIPANT("participant"),
    OBSERVER("observer");

    private final String slug;

    ParticipantRole(String slug) {
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
