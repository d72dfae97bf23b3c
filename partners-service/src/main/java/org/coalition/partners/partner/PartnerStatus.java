package org.coalition.partners.partner;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

public enum PartnerStatus implements Slugged {
    ACTIVE, ARCHIVED, MERGED;

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
