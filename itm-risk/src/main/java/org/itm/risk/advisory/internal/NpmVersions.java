package org.itm.risk.advisory.internal;

import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.risk.advisory.VersionScheme;
import org.semver4j.Semver;

/** Semantic Versioning 2.0 precedence, as node-semver orders npm versions, from semver4j. */
public final class NpmVersions implements VersionScheme {

    public static final NpmVersions INSTANCE = new NpmVersions();

    private NpmVersions() {
    }

    @Override
    public String name() {
        return "SemVer 2.0";
    }

    @Override
    public int compare(String a, String b) {
        return parse(a).compareTo(parse(b));
    }

    @Override
    public boolean isValid(String version) {
        return version != null && version.length() <= 256 && !version.startsWith("v") && !version.startsWith("=")
                && Semver.isValid(version);
    }

    private Semver parse(String v) {
        if (!isValid(v)) {
            throw new ItmValidationException("version", "is not a semantic version (MAJOR.MINOR.PATCH): "
                    + Checks.quote(v));
        }
        return new Semver(v);
    }
}
