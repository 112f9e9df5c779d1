package org.itm.risk.cvss;

/** The CVSS versions this package parses and scores. */
public enum CvssVersion {
    /** CVSS v3.1, prefix {@code CVSS:3.1/}. */
    V3_1("CVSS:3.1"),
    /** CVSS v4.0, prefix {@code CVSS:4.0/}. */
    V4_0("CVSS:4.0");

    private final String prefix;

    CvssVersion(String prefix) {
        this.prefix = prefix;
    }

    /** The vector prefix without the trailing slash, e.g. {@code CVSS:3.1}. */
    public String prefix() {
        return prefix;
    }
}
