package org.itm.risk.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class VersionSchemeTest {

    private static void assertAscending(VersionScheme scheme, String... versions) {
        for (int i = 0; i + 1 < versions.length; i++) {
            assertThat(scheme.compare(versions[i], versions[i + 1])).as(versions[i] + " < " + versions[i + 1])
                    .isNegative();
            assertThat(scheme.compare(versions[i + 1], versions[i])).isPositive();
        }
    }

    @Test
    void mavenOrdersQualifiersAsMavenDoes() {
        assertAscending(VersionScheme.maven(), "1.0-alpha-1", "1.0-beta", "1.0-rc1", "1.0-SNAPSHOT", "1.0", "1.0-sp1",
                "1.0.1", "2.9.9", "2.9.10", "2.9.10.1", "2.10.0");
        assertThat(VersionScheme.maven().compare("1.0", "1.0.0")).isZero();
        assertThat(VersionScheme.maven().compare("1.0.RELEASE", "1.0")).isZero();
    }

    @Test
    void npmFollowsSemverPrecedence() {
        assertAscending(VersionScheme.npm(), "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.10.0", "2.0.0");
        assertThat(VersionScheme.npm().compare("1.0.0+build.1", "1.0.0")).isZero();
        assertThat(VersionScheme.npm().isValid("v1.0.0")).isFalse();
        assertThat(VersionScheme.npm().isValid("1.0")).isFalse();
        assertThatThrownBy(() -> VersionScheme.npm().compare("1.0", "1.0.0"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("not a semantic version");
    }

    @Test
    void pypiFollowsPep440() {
        assertAscending(VersionScheme.pypi(), "1.0.dev0", "1.0a1", "1.0a2.dev1", "1.0a2", "1.0b1", "1.0rc1", "1.0",
                "1.0+local.1", "1.0.post1.dev1", "1.0.post1", "1.0.1", "1.1", "2.6.1", "1!0.1");
        assertThat(VersionScheme.pypi().compare("1.0", "1.0.0")).isZero();
        assertThat(VersionScheme.pypi().compare("1.0ALPHA1", "1.0a1")).isZero();
        assertThat(VersionScheme.pypi().compare("1.0-c1", "1.0rc1")).isZero();
        assertThat(VersionScheme.pypi().compare("1.0-1", "1.0.post1")).isZero();
        assertThat(VersionScheme.pypi().compare("v2.6.1", "2.6.1")).isZero();
        assertAscending(VersionScheme.pypi(), "1.0+abc", "1.0+abc.5", "1.0+5", "1.0+6.abc");
        assertThat(VersionScheme.pypi().isValid("1.0-final")).isFalse();
        assertThat(VersionScheme.pypi().isValid("9".repeat(30))).isFalse();
    }

    @Test
    void ecosystemsMapToTheirSchemes() {
        assertThat(VersionScheme.forEcosystem("Maven")).contains(VersionScheme.maven());
        assertThat(VersionScheme.forEcosystem("PyPI")).contains(VersionScheme.pypi());
        assertThat(VersionScheme.forEcosystem("npm")).contains(VersionScheme.npm());
        assertThat(VersionScheme.forEcosystem("RubyGems")).isEmpty();
    }

    /** PEP 440 orders plain releases like their number tuples, padding with zeros. */
    @Property
    void pep440ReleasesOrderLikeTheirNumbers(@ForAll @Size(min = 1, max = 4) List<@IntRange(max = 30) Integer> a,
                                             @ForAll @Size(min = 1, max = 4) List<@IntRange(max = 30) Integer> b) {
        int expected = 0;
        for (int i = 0; i < 4 && expected == 0; i++) {
            expected = Integer.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
        }
        assertThat(Integer.signum(VersionScheme.pypi().compare(join(a), join(b)))).isEqualTo(expected);
    }

    /** For one release: dev < pre-releases < the release < post-releases, whatever the numbers. */
    @Property
    void pep440PhasesOfOneReleaseAreOrdered(@ForAll @Size(min = 1, max = 3) List<@IntRange(max = 20) Integer> release,
                                            @ForAll @IntRange(max = 9) int n) {
        String r = join(release);
        List<String> phases = new ArrayList<>(List.of(r + ".dev" + n, r + "a" + n, r + "b" + n, r + "rc" + n, r,
                r + ".post" + n));
        for (int i = 0; i + 1 < phases.size(); i++) {
            assertThat(VersionScheme.pypi().compare(phases.get(i), phases.get(i + 1))).isNegative();
        }
    }

    private static String join(List<Integer> parts) {
        return String.join(".", parts.stream().map(String::valueOf).toList());
    }
}
