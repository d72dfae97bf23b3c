package org.coalition.projects.community;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** What a person does in a community of practice. */
public enum MemberRole implements Slugged {
    MEMBER, FACILITATOR, MENTOR, EXPERT;

    @Override
    @JsonValue
    public String slug() {
        return name().toLowerCase();
    }

    @Override
    public String toString() {
        return slug();
    }
}
