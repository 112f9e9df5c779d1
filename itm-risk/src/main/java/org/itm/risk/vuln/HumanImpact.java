package org.itm.risk.vuln;

/**
 * SSVC human impact (asset criticality for safety and mission).
 *
 * @since 0.1
 */
public enum HumanImpact {
    /** Little safety or mission impact if the asset is compromised. */
    LOW("low"),
    /** Some impact on safety or mission. */
    MEDIUM("medium"),
    /** Serious impact on safety or mission. */
    HIGH("high"),
    /** Catastrophic impact on safety or mission. */
    VERY_HIGH("very high");

    private final String ssvc;

    HumanImpact(String ssvc) {
        this.ssvc = ssvc;
    }

    /**
     * The value as the SSVC table writes it.
     *
     * @return e.g. {@code "public poc"}, {@code "very high"} or {@code "open"}
     */
    public String ssvc() {
        return ssvc;
    }
}
