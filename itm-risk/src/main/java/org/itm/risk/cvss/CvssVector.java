package org.itm.risk.cvss;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed, validated CVSS vector; obtain one from {@link Cvss#parse(String)} and score it with {@link #score()}.
 */
// a stored vulnerability names its vector's version, so its CVSS vector reads back as the right type
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "version")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Cvss20Vector.class, name = "CVSS:2.0"),
        @JsonSubTypes.Type(value = Cvss30Vector.class, name = "CVSS:3.0"),
        @JsonSubTypes.Type(value = Cvss31Vector.class, name = "CVSS:3.1"),
        @JsonSubTypes.Type(value = Cvss40Vector.class, name = "CVSS:4.0")
})
public sealed interface CvssVector permits Cvss20Vector, Cvss30Vector, Cvss31Vector, Cvss40Vector {

    CvssVersion version();

    /** The metrics as written (abbreviation → value), in canonical specification order. */
    Map<String, String> metrics();

    /** The value written for {@code metric}, if the vector sets it (an explicit {@code X} is returned as is). */
    default Optional<String> metric(String metric) {
        return Optional.ofNullable(metrics().get(metric));
    }

    /** The vector string in canonical order, with the version prefix. */
    String vectorString();

    /** Computes the scores of this vector. */
    CvssScore score();
}
