package org.itm.risk.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.risk.cvss.CvssVersion;
import org.itm.risk.inventory.CpeName;
import org.itm.risk.inventory.SoftwareComponent;
import org.itm.risk.inventory.SoftwareInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NVD CVE API 2.0 records (a fixture written from the API's schema and the public facts of CVE-2021-44228). */
class NvdTest {

    private static AdvisoryImport fixture() throws IOException {
        try (InputStream in = NvdTest.class.getResourceAsStream("nvd-cve-2021-44228.json")) {
            return Nvd.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aCveRecordBecomesAnAdvisoryWithItsVectorsAndCpeMatches() throws IOException {
        AdvisoryImport result = fixture();
        Advisory a = result.accepted().get(0);
        assertThat(a.id()).isEqualTo("CVE-2021-44228");
        assertThat(a.cves()).containsExactly("CVE-2021-44228");
        assertThat(a.source()).isEqualTo("NVD");
        assertThat(a.summary()).startsWith("Apache Log4j2 JNDI features");
        assertThat(a.published()).contains(Instant.parse("2021-12-10T10:15:09.143Z"));
        assertThat(a.cvss()).extracting(v -> v.version()).containsExactly(CvssVersion.V3_1, CvssVersion.V2_0);
        assertThat(a.cvss().get(1).score().score()).isEqualByComparingTo("9.3");
        assertThat(a.preferredCvss().orElseThrow().score().score()).isEqualByComparingTo("10.0");
        assertThat(a.cpeMatches()).hasSize(4);
        assertThat(a.cpeMatches().get(1).versionStartIncluding()).contains("2.4.0");
        assertThat(a.cpeMatches().get(1).versionEndExcluding()).contains("2.12.2");
    }

    @Test
    void aBadRecordIsRejectedWithEveryBadField() throws IOException {
        AdvisoryImport result = fixture();
        assertThat(result.accepted()).hasSize(1);
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.entry()).isEqualTo("vulnerabilities[1] 'CVE-2099-0001'");
            assertThat(r.reasons()).extracting(v -> v.path() + ": " + v.message()).containsExactly(
                    "$.vulnerabilities[1].cve.published: is not an RFC 3339 timestamp: 'not a date'",
                    "$.vulnerabilities[1].cve.metrics.cvssMetricV31[0].cvssData.vectorString: "
                            + "missing mandatory metrics AC, PR, UI, S, C, I, A",
                    "$.vulnerabilities[1].cve.configurations[0].nodes[0].cpeMatch[0].vulnerable: "
                            + "is required (true or false)",
                    "$.vulnerabilities[1].cve.configurations[0].nodes[0].cpeMatch[0].versionStartExcluding: "
                            + "cannot be given together with versionStartIncluding",
                    "$.vulnerabilities[1].cve.configurations[0].nodes[0].cpeMatch[0].criteria: "
                            + "must have 11 attributes after cpe:2.3:, had 2");
        });
    }

    @ParameterizedTest(name = "log4j {0} affected: {1}")
    @CsvSource({"2.14.1, true", "2.15.0, false", "2.12.1, true", "2.12.2, false", "2.3.0, true", "2.3.1, false",
            "2.0, false", "1.2.17, false"})
    void cpeRangesDecideWhichInventoryItemsAreAffected(String version, boolean affected) throws IOException {
        AdvisoryIndex index = AdvisoryIndex.of(fixture().accepted());
        SoftwareComponent log4j = new SoftwareComponent("log4j", Optional.empty(), "log4j-core", Optional.of(version),
                Optional.empty(), Optional.of(CpeName.parse("cpe:2.3:a:apache:log4j:" + version + ":*:*:*:*:*:*:*")));
        ExposureReport r = index.match(new SoftwareInventory("app", Optional.empty(), "1.5", List.of(log4j)));
        assertThat(r.findings()).hasSize(affected ? 1 : 0);
    }

    @Test
    void anExactCpeVersionMatchesOnlyThatVersion() throws IOException {
        AdvisoryIndex index = AdvisoryIndex.of(fixture().accepted());
        SoftwareComponent beta9 = new SoftwareComponent("b9", Optional.empty(), "log4j", Optional.empty(),
                Optional.empty(), Optional.of(CpeName.parse("cpe:2.3:a:apache:log4j:2.0:beta9:*:*:*:*:*:*")));
        SoftwareComponent beta8 = new SoftwareComponent("b8", Optional.empty(), "log4j", Optional.empty(),
                Optional.empty(), Optional.of(CpeName.parse("cpe:2.3:a:apache:log4j:2.0:beta8:*:*:*:*:*:*")));
        ExposureReport r = index.match(new SoftwareInventory("app", Optional.empty(), "1.5", List.of(beta9, beta8)));
        assertThat(r.findings()).extracting(f -> f.component().ref()).containsExactly("b9");
    }

    @Test
    void documentsThatAreNotNvdAnswersAreRejectedWhole() {
        assertThatThrownBy(() -> Nvd.read("{\"vulnerabilities\": [{\"cve\": {\"id\": \"CVE-2021-1\""))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("(at line 1");
        assertThatThrownBy(() -> Nvd.read("{\"result\": []}")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("$.vulnerabilities: must be an array");
        AdvisoryImport badId = Nvd.read("{\"vulnerabilities\": [{\"cve\": {\"id\": \"GHSA-x\"}}, {}]}");
        assertThat(badId.rejected()).extracting(r -> r.describe()).containsExactly(
                "vulnerabilities[0] 'GHSA-x': $.vulnerabilities[0].cve.id: must look like CVE-YYYY-NNNN, was 'GHSA-x'",
                "vulnerabilities[1]: $.vulnerabilities[1].cve: is required (an object)");
    }
}
