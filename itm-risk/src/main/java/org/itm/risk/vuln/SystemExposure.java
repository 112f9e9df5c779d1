package org.itm.risk.vuln;

/**
 * SSVC system exposure: how reachable the affected system is.
 *
 * @since 0.1
 */
public enum SystemExposure {
    /** Reachable only locally or through a few well-controlled paths. */
    SMALL("small"),
    /** Reachable through networks, but access is restricted (e.g. VPN, allow-lists). */
    CONTROLLED("controlled"),
    /** Reachable from the internet. */
    OPEN("open");

    private final String ssvc;

    SystemExposure(String ssvc) {
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
