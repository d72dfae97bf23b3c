package org.coalition.partners.person;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** Self-described gender, optional, used for representation statistics only. */
public enum Gender implements Slugged {
    WOMAN("woman"), MAN("man"), NON_BINARY("non-binary"), PREFER_NOT_TO_SAY("prefer-not-to-say");

    private final String slug;

    Gender(String slug) {
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
