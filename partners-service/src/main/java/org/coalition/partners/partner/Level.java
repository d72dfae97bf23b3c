package org.coalition.partners.partner;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** The geographic level at which an organisation works. */
public enum Level implements Slugged {
    GLOBAL, REGIONAL, NATIONAL, SUBNATIONAL, LOCAL;

    @Override
    @JsonValue
    public String slug() {
        return name().toLowerCase();
    }

    /** Levels that need a headquarters country. */
    public boolean needsCountry() {
        return this == NATIONAL || this == SUBNATIONAL || this == LOCAL;
    }

    @Override
    public String toString() {
        return slug();
    }
}
