package org.coalition.meetings.meeting;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** What came out of a meeting. */
public enum OutcomeKind implements Slugged {
    TAKEAWAY("takeaway"),
    DECISION("decision"),
    COMMITMENT("commitment"),
    RECOMMENDATION("recommendation");

    private final String slug;

    OutcomeKind(String slug) {
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
