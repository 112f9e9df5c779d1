package org.itm.risk.advisory;

import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.risk.advisory.internal.MavenVersions;
import org.itm.risk.advisory.internal.NpmVersions;
import org.itm.risk.advisory.internal.PypiVersions;

/**
 * The ordering of versions in one package ecosystem, as advisories' ranges need it. The built-in schemes use the
 * ecosystems' own rules: {@link #maven()} Maven's {@code ComparableVersion}, {@link #npm()} Semantic Versioning 2.0
 * precedence (semver4j), {@link #pypi()} PEP 440. Implement it to match another ecosystem and pass it to
 * {@link AdvisoryIndex.Builder#scheme(String, VersionScheme)}.
 *
 * @since 0.1
 */
public interface VersionScheme {

    /**
     * The scheme's name for messages.
     *
     * @return e.g. {@code PEP 440}
     */
    String name();

    /**
     * Compares two versions of this ecosystem.
     *
     * @param a a version
     * @param b another version
     * @return negative, zero or positive as {@code a} is before, equal to or after {@code b}
     * @throws ItmValidationException with path {@code version} if either is not a valid version of the scheme
     */
    int compare(String a, String b);

    /**
     * Whether {@code version} is valid in this scheme.
     *
     * @param version the text
     * @return true if {@link #compare(String, String)} accepts it
     */
    boolean isValid(String version);

    /**
     * Maven ordering (any string is a version; {@code 1.0-alpha < 1.0 < 1.0-sp < 1.0.1}).
     *
     * @return the scheme
     */
    static VersionScheme maven() {
        return MavenVersions.INSTANCE;
    }

    /**
     * npm: Semantic Versioning 2.0 precedence; build metadata is ignored, a leading {@code v} or {@code =} is not a
     * valid version.
     *
     * @return the scheme
     */
    static VersionScheme npm() {
        return NpmVersions.INSTANCE;
    }

    /**
     * PyPI: PEP 440 ordering with its normalisation ({@code 1.0.dev1 < 1.0a1 < 1.0rc1 < 1.0 < 1.0.post1},
     * {@code 1.0 == 1.0.0}, epochs, local versions).
     *
     * @return the scheme
     */
    static VersionScheme pypi() {
        return PypiVersions.INSTANCE;
    }

    /**
     * The built-in scheme of an OSV ecosystem name ({@code Maven}, {@code npm}, {@code PyPI}).
     *
     * @param ecosystem the OSV ecosystem, optionally with a {@code :suffix}
     * @return the scheme, or empty for ecosystems without a built-in ordering
     */
    static Optional<VersionScheme> forEcosystem(String ecosystem) {
        String base = ecosystem.indexOf(':') >= 0 ? ecosystem.substring(0, ecosystem.indexOf(':')) : ecosystem;
        return switch (base) {
            case "Maven" -> Optional.of(maven());
            case "npm" -> Optional.of(npm());
            case "PyPI" -> Optional.of(pypi());
            default -> Optional.empty();
        };
    }
}
