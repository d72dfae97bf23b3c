package org.coalition.meetings.meeting;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** How an agenda item is run. */
public enum AgendaFormat implements Slugged {
    PLENARY("plenary"),
    PANEL("panel"),
    BREAKOUT("breakout"),
    PRESENTATION("presentation"),
    SITE_VISIT("site-visit"),
    DISCUSSION("discussion");

    private final String slug;

    AgendaFormat(String slug) {
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
