package org.coalition.meetings.reference;

import org.coalition.kit.text.Slugged;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The controlled vocabulary of education themes. The slugs are the ones partners-service uses, so a theme
 * means the same across the API; the enum is this service's own, as domain types are never shared.
 */
public enum Theme implements Slugged {
    EARLY_CHILDHOOD("early-childhood", "Early childhood care and education"),
    PRIMARY("primary", "Primary education"),
    SECONDARY("secondary", "Secondary education"),
    TERTIARY("tertiary", "Tertiary education"),
    TEACHER_DEVELOPMENT("teacher-development", "Teachers and teacher development"),
    DIGITAL_TRANSFORMATION("digital-transformation", "Digital transformation"),
    GENDER_EQUALITY("gender-equality", "Gender equality"),
    INCLUSION_DISABILITY("inclusion-disability", "Inclusion and disability"),
    NON_FORMAL_LIFELONG("non-formal-lifelong", "Non-formal and lifelong learning"),
    SCHOOL_HEALTH("school-health", "School health and nutrition"),
    EDUCATION_FINANCE("education-finance", "Education finance"),
    POLICY_ADVOCACY("policy-advocacy", "Policy and advocacy"),
    SCHOOL_REFORM("school-reform", "School reform and quality"),
    PARENTAL_INVOLVEMENT("parental-involvement", "Parental and community involvement"),
    ACCESS_OUT_OF_SCHOOL("access-out-of-school", "Access and out-of-school children");

    private final String slug;
    private final String label;

    Theme(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    @Override
    @JsonValue
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return slug;
    }
}
