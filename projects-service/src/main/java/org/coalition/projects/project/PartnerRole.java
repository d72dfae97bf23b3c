package org.coalition.projects.project;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** How an organisation takes part in a project: the IATI OrganisationRole code list. */
public enum PartnerRole implements Slugged {
    FUNDING("funding", 1),
    ACCOUNTABLE("accountable", 2),
    EXTENDING("extending", 3),
    IMPLEMENTING("implementing", 4);

    private final String slug;
    private final int iatiCode;

    PartnerRole(String slug, int iatiCode) {
        this.slug = slug;
        this.iatiCode = iatiCode;
    }

    @Override
    @JsonValue
    public String slug() {
        return slug;
    }

    public int iatiCode() {
        return iatiCode;
    }

    @Override
    public String toString() {
        return slug;
    }
}
