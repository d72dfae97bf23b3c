package org.coalition.projects.progress;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coalition.kit.text.Slugged;

/**
 * Where a progress update is in its review. Only approved updates count in statistics:
 * <pre>
 * draft    -> submitted           (POST .../submit, by anyone acting for the author)
 * returned -> submitted           (after the author revised it)
 * submitted -> approved, returned (POST .../approve or .../return, by a facilitator of the community)
 * approved: final
 * </pre>
 * Drafts and returned updates can be edited and removed; submitted and approved ones cannot.
 */
public enum ReviewStatus implements Slugged {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    @Override
    @JsonValue
    public String slug() {
        return name().toLowerCase();
    }

    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    @Override
    public String toString() {
        return slug();
    }
}
