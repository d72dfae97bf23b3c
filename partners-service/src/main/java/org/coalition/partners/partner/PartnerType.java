package org.coalition.partners.partner;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import org.coalition.kit.text.Slugged;

/** The IATI OrganisationType code list, by readable slug; the numeric code is returned beside it. */
public enum PartnerType implements Slugged {
    GOVERNMENT("government", 10, "Government"),
    LOCAL_GOVERNMENT("local-government", 11, "Local government"),
    OTHER_PUBLIC_SECTOR("other-public-sector", 15, "Other public sector"),
    INTERNATIONAL_NGO("international-ngo", 21, "International NGO"),
    NATIONAL_NGO("national-ngo", 22, "National NGO"),
    REGIONAL_NGO("regional-ngo", 23, "Regional NGO"),
    PARTNER_COUNTRY_NGO("partner-country-ngo", 24, "Partner country based NGO"),
    PUBLIC_PRIVATE_PARTNERSHIP("public-private-partnership", 30, "Public private partnership"),
    MULTILATERAL("multilateral", 40, "Multilateral"),
    FOUNDATION("foundation", 60, "Foundation"),
    PRIVATE_SECTOR("private-sector", 70, "Private sector"),
    ACADEMIC_RESEARCH("academic-research", 80, "Academic, training and research"),
    OTHER("other", 90, "Other");

    private final String slug;
    private final int iatiCode;
    private final String label;

    PartnerType(String slug, int iatiCode, String label) {
        this.slug = slug;
        this.iatiCode = iatiCode;
        this.label = label;
    }

    @Override
    @JsonValue
    public String slug() {
        return slug;
    }

    public int iatiCode() {
        return iatiCode;
    }

    public String label() {
        return label;
    }

    /** A filter value: the slug or the IATI code ({@code national-ngo} or {@code 22}). */
    public static Optional<PartnerType> fromSlugOrCode(String value) {
        return Arrays.stream(values())
                .filter(t -> t.slug.equals(value) || Integer.toString(t.iatiCode).equals(value))
                .findFirst();
    }

    @Override
    public String toString() {
        return slug;
    }
}
