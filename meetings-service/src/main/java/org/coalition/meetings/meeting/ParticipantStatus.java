package org.coalition.meetings.meeting;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** Whether someone was invited, came, or did not. */
public enum ParticipantStatus implements Slugged {
    INVITED("invited"),
    REGISTERED("registered"),
    ATTENDED("attended"),
    NO_SHOW("no-show"),
    DECLINED("declined");

    private final String slug;

    ParticipantStatus(String slug) {
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
