package org.coalition.projects.project;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

public enum MilestoneStatus implements Slugged {
    PLANNED, DONE, MISSED;

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
