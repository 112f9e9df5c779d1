package org.itm.risk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PurlTest {

    @Test
    void mavenPurlKeepsCaseAndSortsQualifiers() {
        Purl p = Purl.parse("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10?type=jar&classifier=Sources");
        assertThat(p.type()).isEqualTo("maven");
        assertThat(p.namespace()).contains("com.fasterxml.jackson.core");
        assertThat(p.name()).isEqualTo("jackson-databind");
        assertThat(p.version()).contains("2.9.10");
        assertThat(p.qualifiers()).containsExactly(Map.entry("classifier", "Sources"), Map.entry("type", "jar"));
        assertThat(p).hasToString("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10?classifier=Sources&type=jar");
        assertThat(p.packageUrl()).isEqualTo("pkg:maven/com.fasterxml.jackson.core/jackson-databind");
    }

    @Test
    void percentEncodedNpmScopeAndSubpathAreDecoded() {
        Purl p = Purl.parse("pkg:npm/%40Angular/Core@12.0.0-rc.1#lib/index.js");
        assertThat(p.namespace()).contains("@angular");
        assertThat(p.name()).isEqualTo("core");
        assertThat(p.version()).contains("12.0.0-rc.1");
        assertThat(p.subpath()).contains("lib/index.js");
        assertThat(p).hasToString("pkg:npm/%40angular/core@12.0.0-rc.1#lib/index.js");
    }

    @Test
    void pypiNamesAreLowerCaseWithHyphens() {
        Purl p = Purl.parse("PKG:PyPI/Django_Rest@3.11.0");
        assertThat(p.type()).isEqualTo("pypi");
        assertThat(p.name()).isEqualTo("django-rest");
        assertThat(Purl.parse("pkg:composer/Laravel/Framework@v7.12.0").namespace()).contains("laravel");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "maven/org.foo/bar@1.0 | must start with 'pkg:'",
            "pkg:bar | must have a type and a name",
            "pkg:maven/org.foo/bar@ | empty version",
            "pkg:maven/org.foo/bar%zz@1 | bad percent-encoding",
            "pkg:maven/org.foo/bar@1?type | is not key=value",
            "pkg:maven/org.foo/bar@1?a=1&a=2 | more than once",
            "pkg:1maven/org.foo/bar@1 | type '1maven' is not valid",
    })
    void badPurlsAreRejectedWithTheReason(String purl, String reason) {
        assertThatThrownBy(() -> Purl.parse(purl)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void anOversizedPurlIsRejectedWithoutCopyingIt() {
        assertThatThrownBy(() -> Purl.parse("pkg:maven/a/" + "b".repeat(100_000)))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
    }

    @Test
    void cpeNamesMatchAttributeByAttribute() {
        CpeName pattern = CpeName.parse("cpe:2.3:a:fasterxml:jackson-databind:*:*:*:*:*:*:*:*");
        CpeName item = CpeName.parse("cpe:2.3:a:FasterXML:jackson-databind:2.9.10:*:*:*:*:*:*:*");
        assertThat(pattern.matches(item, false)).isTrue();
        assertThat(CpeName.parse("cpe:2.3:a:fasterxml:jackson-databind:2.9.10:*:*:*:*:*:*:*").matches(item, false))
                .isTrue();
        assertThat(CpeName.parse("cpe:2.3:a:fasterxml:jackson-databind:2.9.9:*:*:*:*:*:*:*").matches(item, false))
                .isFalse();
        assertThat(CpeName.parse("cpe:2.3:a:fasterxml:jackson-*:*:*:*:*:*:*:*:*").matches(item, false)).isTrue();
        assertThat(CpeName.parse("cpe:2.3:a:fasterxml:jackson-databind:*:*:*:*:*:*:*:-").matches(item, false))
                .isFalse();
        assertThat(CpeName.parse("cpe:2.3:a:acme:a\\:b:1.0:*:*:*:*:*:*:*").product()).isEqualTo("a\\:b");
        assertThat(item.plainVersion()).isEqualTo("2.9.10");
        assertThatThrownBy(() -> CpeName.parse("cpe:2.3:a:acme:thing:1.0"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("11 attributes");
        assertThatThrownBy(() -> CpeName.parse("cpe:/a:acme:thing:1.0"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("cpe:2.3:");
    }
}
