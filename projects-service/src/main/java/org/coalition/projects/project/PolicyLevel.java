package org.coalition.projects.project;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** The level of the education system a project's policy work addresses. */
public enum PolicyLevel implements Slugged {
    NATIONAL, SUBNATIONAL, SCHOOL;

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
