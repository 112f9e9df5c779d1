package org.itm.risk.advisory.internal;

import org.apache.maven.artifact.versioning.ComparableVersion;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.risk.advisory.VersionScheme;

/** Maven's own ordering, from maven-artifact's {@link ComparableVersion}. */
public final class MavenVersions implements VersionScheme {

    public static final MavenVersions INSTANCE = new MavenVersions();

    private MavenVersions() {
    }

    @Override
    public String name() {
        return "Maven";
    }

    @Override
    public int compare(String a, String b) {
        return new ComparableVersion(check(a)).compareTo(new ComparableVersion(check(b)));
    }

    @Override
    public boolean isValid(String version) {
        return version != null && !version.isBlank() && version.length() <= 256;
    }

    private String check(String v) {
        if (!isValid(v)) {
            throw new ItmValidationException("version", "is not a Maven version: " + Checks.quote(v));
        }
        return v;
    }
}
