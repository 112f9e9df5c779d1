package org.itm.risk.vuln;

/** SSVC human impact (asset criticality for safety and mission). */
public enum HumanImpact {
    LOW("low"), MEDIUM("medium"), HIGH("high"), VERY_HIGH("very high");

    private final String ssvc;

    HumanImpact(String ssvc) {
        this.ssvc = ssvc;
    }

    /** The value as the SSVC table writes it. */
    public String ssvc() {
        return ssvc;
    }
}
