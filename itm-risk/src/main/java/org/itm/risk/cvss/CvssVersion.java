package org.itm.risk.cvss;

/**
 * The CVSS versions this package parses and scores.
 *
 * @since 0.1
 */
public enum CvssVersion {
    /** CVSS v2.0: its vectors carry no prefix ({@code AV:N/AC:L/Au:N/C:P/I:P/A:P}). */
    V2_0("", "CVSS v2.0"),
    /** CVSS v3.0, prefix {@code CVSS:3.0/}. */
    V3_0("CVSS:3.0", "CVSS:3.0"),
    /** CVSS v3.1, prefix {@code CVSS:3.1/}. */
    V3_1("CVSS:3.1", "CVSS:3.1"),
    /** CVSS v4.0, prefix {@code CVSS:4.0/}. */
    V4_0("CVSS:4.0", "CVSS:4.0");

    private final String prefix;
    private final String label;

    CvssVersion(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    /**
     * The vector prefix without the trailing slash, e.g. {@code CVSS:3.1}.
     *
     * @return the prefix; empty for v2.0, whose vectors have none
     */
    public String prefix() {
        return prefix;
    }

    /**
     * A name for messages.
     *
     * @return e.g. {@code CVSS:3.1} or {@code CVSS v2.0}
     */
    public String label() {
        return label;
    }
}
