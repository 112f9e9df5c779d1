package org.itm.risk.cvss;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed, validated CVSS vector; obtain one from {@link Cvss#parse(String)} and score it with {@link #score()}.
 *
 * @since 0.1
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

    /**
     * The CVSS version of the vector.
     *
     * @return the version, matching the vector string's prefix
     */
    CvssVersion version();

    /**
     * The metrics as written, in canonical specification order.
     *
     * @return abbreviation → value, e.g. {@code AV -> N}; unmodifiable
     */
    Map<String, String> metrics();

    /**
     * The value written for a metric.
     *
     * @param metric the metric's abbreviation, e.g. {@code AV}
     * @return the value if the vector sets it (an explicit {@code X} is returned as is); empty otherwise
     */
    default Optional<String> metric(String metric) {
        return Optional.ofNullable(metrics().get(metric));
    }

    /**
     * The vector string in canonical order, with the version prefix.
     *
     * @return e.g. {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}
     */
    String vectorString();

    /**
     * Computes the scores of this vector, as the version's specification defines them.
     *
     * @return the scores; a pure function of the vector
     */
    CvssScore score();
}
