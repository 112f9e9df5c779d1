package org.itm.risk.cvss;

import java.util.Map;
import java.util.Optional;

/**
 * A parsed, validated CVSS vector; obtain one from {@link Cvss#parse(String)} and score it with {@link #score()}.
 */
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
