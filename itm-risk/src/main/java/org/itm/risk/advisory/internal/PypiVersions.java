package org.itm.risk.advisory.internal;

import org.itm.risk.advisory.VersionScheme;

/** PEP 440 ordering of PyPI versions ({@link Pep440Version}); no kept Java library implements it. */
public final class PypiVersions implements VersionScheme {

    public static final PypiVersions INSTANCE = new PypiVersions();

    private PypiVersions() {
    }

    @Override
    public String name() {
        return "PEP 440";
    }

    @Override
    public int compare(String a, String b) {
        return Pep440Version.parse(a).compareTo(Pep440Version.parse(b));
    }

    @Override
    public boolean isValid(String version) {
        return version != null && Pep440Version.tryParse(version) != null;
    }
}
