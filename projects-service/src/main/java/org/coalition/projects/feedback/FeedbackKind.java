package org.coalition.projects.feedback;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/** What a peer offers: advice, a question that helps the lead think, or a resource to read or use. */
public enum FeedbackKind implements Slugged {
    ADVICE, QUESTION, RESOURCE;

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
