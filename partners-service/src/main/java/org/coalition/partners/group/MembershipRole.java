package org.coalition.partners.group;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

public enum MembershipRole implements Slugged {
    MEMBER("member"), CHAIR("chair"), CO_CHAIR("co-chair"), SECRETARIAT("secretariat"), OBSERVER("observer");

    private final String slug;

    MembershipRole(String slug) {
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
