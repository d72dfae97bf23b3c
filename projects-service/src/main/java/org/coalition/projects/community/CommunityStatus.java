package org.coalition.projects.community;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** Where a cohort stands: gathering its members, meeting through its year, or over. */
public enum CommunityStatus implements Slugged {
    FORMING, ACTIVE, CLOSED;

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
