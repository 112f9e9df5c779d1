package org.itm.risk.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.risk.cvss.CvssVersion;
import org.itm.risk.inventory.ImportRejection;
import org.itm.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OsvTest {

    private static Advisory readShared(String file) throws IOException {
        AdvisoryImport result = Osv.read(Files.readString(SharedData.require("osv/" + file)));
        assertThat(result.rejected()).isEmpty();
        assertThat(result.accepted()).hasSize(1);
        return result.accepted().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"equals_no_patch.osv.json", "equals_with_patch.osv.json",
            "greater_than_equals_no_patch.osv.json", "less_than_equals_no_patch.osv.json",
            "maven_greater_than.osv.json", "multiple_ranges_in_package.osv.json", "pypi_normalize.osv.json",
            "withdrawn.osv.json"})
    void everySharedOsvSampleIsAccepted(String file) throws IOException {
        Advisory a = readShared(file);
        assertThat(a.source()).isEqualTo("OSV");
        assertThat(a.affected()).hasSize(1);
    }

    @Test
    void theMavenSampleKeepsItsUnsortedEcosystemEvents() throws IOException {
        Advisory a = readShared("maven_greater_than.osv.json");
        assertThat(a.id()).isEqualTo("GHSA-76mp-659p-rw65");
        assertThat(a.cves()).containsExactly("CVE-2021-32620");
        assertThat(a.published()).contains(Instant.parse("2021-05-18T18:36:21Z"));
        assertThat(a.modified()).contains(Instant.parse("2021-06-08T17:00:19Z"));
        AffectedPackage p = a.affected().get(0);
        assertThat(p.ecosystem()).isEqualTo("Maven");
        assertThat(p.name()).isEqualTo("org.xwiki.commons:xwiki-commons-core");
        VersionRange r = p.ranges().get(0);
        assertThat(r.type()).isEqualTo(VersionRange.Type.ECOSYSTEM);
        assertThat(r.events()).containsExactly(
                new RangeEvent(RangeEvent.Kind.INTRODUCED, "12.10.0"), new RangeEvent(RangeEvent.Kind.FIXED, "12.10.2"),
                new RangeEvent(RangeEvent.Kind.INTRODUCED, "12.0"), new RangeEvent(RangeEvent.Kind.FIXED, "12.6.7"),
                new RangeEvent(RangeEvent.Kind.INTRODUCED, "11.6.1"), new RangeEvent(RangeEvent.Kind.FIXED, "11.10.13"));
    }

    @Test
    void theWithdrawnAndListedSamplesKeepThoseFacts() throws IOException {
        assertThat(readShared("withdrawn.osv.json").withdrawn()).contains(Instant.parse("2018-10-11T17:29:49Z"));
        Advisory listed = readShared("equals_no_patch.osv.json");
        assertThat(listed.affected().get(0).versions()).containsExactly("1.1.6");
        assertThat(listed.affected().get(0).ranges()).isEmpty();
        Advisory semver = readShared("equals_with_patch.osv.json");
        assertThat(semver.affected().get(0).ranges().get(0).type()).isEqualTo(VersionRange.Type.SEMVER);
        assertThat(readShared("greater_than_equals_no_patch.osv.json").cves()).isEmpty();
    }

    @Test
    void severityVectorsOfEveryCvssVersionAreParsed() {
        String json = record("GHSA-aaaa-bbbb-cccc", """
                "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"},
                             {"type": "CVSS_V2", "score": "AV:N/AC:L/Au:N/C:P/I:P/A:P"},
                             {"type": "Ubuntu", "score": "high"}],""");
        Advisory a = Osv.read(json).accepted().get(0);
        assertThat(a.cvss()).extracting(v -> v.version()).containsExactly(CvssVersion.V3_1, CvssVersion.V2_0);
        assertThat(a.preferredCvss().orElseThrow().score().score()).isEqualByComparingTo("9.8");
    }

    @Test
    void aBadRecordIsRejectedWithEveryBadFieldAndTheOthersAreKept() {
        String json = "[" + record("GOOD-1", "") + ","
                + """
                {"id": "BAD-1", "modified": "yesterday",
                 "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L"},
                              {"type": "CVSS_V2", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
                 "affected": [{"package": {"ecosystem": "npm", "name": "x"},
                   "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "not-a-version"},
                                                            {"fixed": "1.0.0", "introduced": "0.5.0"},
                                                            {"patched": "2.0.0"}]},
                              {"type": "BRANCH", "events": [{"introduced": "1"}]},
                              {"type": "ECOSYSTEM", "events": [{"fixed": "1.0.0"}]}]},
                  {"ranges": []}]},
                {"modified": "2024-01-01T00:00:00Z"},
                17]""";
        AdvisoryImport result = Osv.read(json);
        assertThat(result.accepted()).extracting(Advisory::id).containsExactly("GOOD-1");
        List<ImportRejection> rejected = result.rejected();
        assertThat(rejected).extracting(ImportRejection::entry).containsExactly("[1] 'BAD-1'", "[2]", "[3]");
        assertThat(rejected.get(0).reasons()).extracting(v -> v.path() + ": " + v.message()).containsExactly(
                "$[1].modified: is not an RFC 3339 timestamp: 'yesterday'",
                "$[1].severity[0].score: missing mandatory metrics PR, UI, S, C, I, A",
                "$[1].severity[1].type: is 'CVSS_V2' but the score is a CVSS:3.1 vector",
                "$[1].affected[0].ranges[0].events[1].fixed: is not a SemVer 2.0 version: 'not-a-version'",
                "$[1].affected[0].ranges[0].events[2]: must be an object with exactly one of introduced, fixed, "
                        + "last_affected, limit",
                "$[1].affected[0].ranges[0].events[3]: unknown event 'patched' (introduced, fixed, last_affected, limit)",
                "$[1].affected[0].ranges[1].type: must be SEMVER, ECOSYSTEM or GIT, was 'BRANCH'",
                "$[1].affected[1].package: is required (an object with ecosystem and name)");
        assertThat(rejected.get(1).describe()).isEqualTo("[2]: $[2].id: is required");
        assertThat(rejected.get(2).describe()).isEqualTo("[3]: $[3]: must be an object, was number");
    }

    @Test
    void anOsvApiAnswerIsReadToo() {
        AdvisoryImport result = Osv.read("{\"vulns\": [" + record("A-1", "") + "," + record("A-2", "") + "]}");
        assertThat(result.accepted()).extracting(Advisory::id).containsExactly("A-1", "A-2");
    }

    @Test
    void malformedTruncatedAndOversizedDocumentsAreRejectedWhole() {
        String good = record("A-1", "");
        assertThatThrownBy(() -> Osv.read(good.substring(0, good.length() / 2)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("(at line ");
        assertThatThrownBy(() -> Osv.read("\"just a string\"")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("must be an OSV record");
        assertThatThrownBy(() -> Osv.read(record("A-1", "\"summary\": \"" + "s".repeat(1_100_000) + "\",")))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(500));
        AdvisoryImport longId = Osv.read(record("X".repeat(5000), ""));
        assertThat(longId.rejected().get(0).describe()).contains("$.id: is longer than 1024 characters (5000)")
                .hasSizeLessThan(300);
    }

    static String record(String id, String extra) {
        return "{\"id\": \"" + id + "\", \"modified\": \"2024-01-01T00:00:00Z\", " + extra
                + "\"affected\": [{\"package\": {\"ecosystem\": \"npm\", \"name\": \"left-pad\"},"
                + " \"ranges\": [{\"type\": \"SEMVER\", \"events\": [{\"introduced\": \"0\"}, {\"fixed\": \"1.3.0\"}]}]}]}";
    }
}
