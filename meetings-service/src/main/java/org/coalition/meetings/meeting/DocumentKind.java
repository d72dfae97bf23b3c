package org.coalition.meetings.meeting;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** The kinds of document a meeting leaves behind. */
public enum DocumentKind implements Slugged {
    MINUTES("minutes"),
    POLICY_BRIEF("policy-brief"),
    PRESENTATION("presentation"),
    REPORT("report"),
    OTHER("other");

    private final String slug;

    DocumentKind(String slug) {
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
