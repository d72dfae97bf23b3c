package org.coalition.projects.progress;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** How the author sees the project going, as in a traffic light. */
public enum UpdateRating implements Slugged {
    ON_TRACK("on-track"), AT_RISK("at-risk"), OFF_TRACK("off-track");

    private final String slug;

    UpdateRating(String slug) {
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
