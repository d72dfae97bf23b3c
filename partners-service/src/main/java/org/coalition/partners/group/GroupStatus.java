package org.coalition.partners.group;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

public enum GroupStatus implements Slugged {
    ACTIVE, ARCHIVED;

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
