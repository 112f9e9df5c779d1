package org.itm.risk.vuln;

/** SSVC system exposure: how reachable the affected system is. */
public enum SystemExposure {
    SMALL("small"), CONTROLLED("controlled"), OPEN("open");

    private final String ssvc;

    SystemExposure(String ssvc) {
        this.ssvc = ssvc;
    }

    /** The value as the SSVC table writes it. */
    public String ssvc() {
        return ssvc;
    }
}
