package org.coalition.partners.group;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

public enum GroupKind implements Slugged {
    COALITION("coalition"), NETWORK("network"), WORKING_GROUP("working-group"), COMMITTEE("committee");

    private final String slug;

    GroupKind(String slug) {
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
