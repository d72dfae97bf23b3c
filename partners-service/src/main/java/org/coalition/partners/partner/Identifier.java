package org.coalition.partners.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An identifier of an organisation in another register, e.g. {@code iati: XM-DAC-41304} for UNESCO. */
@Schema(name = "Identifier")
public record Identifier(
        @Schema(description = "The register, as a lower-case slug", examples = "iati")
        @NotBlank @Pattern(regexp = Identifier.SCHEME, message = "must be a lower-case slug such as iati or kh-moeys")
        String scheme,
        @Schema(examples = "XM-DAC-41304")
        @NotBlank @Size(max = MAX_VALUE) String value) {

    /** A scheme is a lower-case slug; the path of PUT /by-identifier is checked against the same rule. */
    public static final String SCHEME = "[a-z][a-z0-9-]{0,49}";
    public static final int MAX_VALUE = 200;

    @Override
    public String toString() {
        return scheme + ":" + value;
    }
}
