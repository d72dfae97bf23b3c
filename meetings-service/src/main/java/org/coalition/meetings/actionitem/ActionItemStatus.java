package org.coalition.meetings.actionitem;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** Where an action item stands. */
public enum ActionItemStatus implements Slugged {
    OPEN("open"),
    IN_PROGRESS("in-progress"),
    DONE("done"),
    DROPPED("dropped");

    private final String slug;

    ActionItemStatus(String slug) {
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
