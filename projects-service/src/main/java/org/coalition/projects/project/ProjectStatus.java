package org.coalition.projects.project;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Set;
import org.coalition.kit.text.Slugged;

/**
 * Where a project stands, with its IATI ActivityStatus code. The transitions a change may make:
 * <pre>
 * pipeline  -> active, on-hold, discontinued
 * active    -> on-hold, completed, discontinued
 * on-hold   -> active, discontinued
 * completed, discontinued: final
 * </pre>
 * A project may be created in any status, so an integrator can record one that started elsewhere.
 */
public enum ProjectStatus implements Slugged {
    PIPELINE("pipeline", 1),
    ACTIVE("active", 2),
    ON_HOLD("on-hold", 6),
    COMPLETED("completed", 4),
    DISCONTINUED("discontinued", 5);

    private final String slug;
    private final int iatiCode;

    ProjectStatus(String slug, int iatiCode) {
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

    public Set<ProjectStatus> next() {
        return switch (this) {
            case PIPELINE -> EnumSet.of(ACTIVE, ON_HOLD, DISCONTINUED);
            case ACTIVE -> EnumSet.of(ON_HOLD, COMPLETED, DISCONTINUED);
            case ON_HOLD -> EnumSet.of(ACTIVE, DISCONTINUED);
            case COMPLETED, DISCONTINUED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    public boolean canBecome(ProjectStatus status) {
        return status == this || next().contains(status);
    }

    @Override
    public String toString() {
        return slug;
    }
}
