package org.itm.risk.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itm.risk.cvss.CvssSeverity;
import org.itm.risk.inventory.CpeName;
import org.itm.risk.inventory.Purl;
import org.itm.risk.inventory.SoftwareComponent;
import org.itm.risk.inventory.SoftwareInventory;
import org.itm.risk.vuln.Exploitation;
import org.itm.risk.vuln.SystemExposure;
import org.itm.risk.vuln.HumanImpact;
import org.itm.risk.vuln.KevCatalog;
import org.itm.risk.vuln.RemediationPolicy;
import org.itm.risk.vuln.RemediationState;
import org.itm.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdvisoryMatchingTest {

    private static AdvisoryIndex sharedIndex() throws IOException {
        List<Advisory> all = new ArrayList<>();
        for (String f : List.of("equals_no_patch", "equals_with_patch", "greater_than_equals_no_patch",
                "less_than_equals_no_patch", "maven_greater_than", "multiple_ranges_in_package", "pypi_normalize",
                "withdrawn")) {
            all.addAll(Osv.read(Files.readString(SharedData.require("osv/" + f + ".osv.json"))).accepted());
        }
        return AdvisoryIndex.of(all);
    }

    static SoftwareComponent component(String purl) {
        Purl p = Purl.parse(purl);
        return new SoftwareComponent(purl, p.namespace(), p.name(), p.version(), Optional.of(p), Optional.empty());
    }

    private static SoftwareInventory inventory(SoftwareComponent... components) {
        return new SoftwareInventory("svc-1", Optional.empty(), "1.5", List.of(components));
    }

    @ParameterizedTest(name = "{0} affected: {1}")
    @CsvSource({
            "pkg:maven/org.xwiki.commons/xwiki-commons-core@12.10.1, GHSA-76mp-659p-rw65",
            "pkg:maven/org.xwiki.commons/xwiki-commons-core@12.10.2, ",
            "pkg:maven/org.xwiki.commons/xwiki-commons-core@12.6.6, GHSA-76mp-659p-rw65",
            "pkg:maven/org.xwiki.commons/xwiki-commons-core@12.6.7, ",
            "pkg:maven/org.xwiki.commons/xwiki-commons-core@11.10.12, GHSA-76mp-659p-rw65",
            "pkg:maven/org.xwiki.commons/xwiki-commons-core@11.6.0, ",
            "pkg:maven/org.xwiki.commons/xwiki-commons-core@12.0-rc-1, ",
            "pkg:pypi/Products.PluggableAuthService@2.6.0, GHSA-p44j-xrqg-4xrr",
            "pkg:pypi/products_pluggableauthservice@2.6.1, ",
            "pkg:pypi/products.pluggableauthservice@2.6.1rc1, GHSA-p44j-xrqg-4xrr",
            "pkg:npm/mixin-deep@1.3.1, GHSA-fhjf-83wg-r2j9",
            "pkg:npm/mixin-deep@1.3.2, ",
            "pkg:npm/mixin-deep@2.0.0, GHSA-fhjf-83wg-r2j9",
            "pkg:npm/mixin-deep@2.0.1, ",
            "pkg:npm/shiba@99.0.0, GHSA-jvf4-g24p-2qgw",
            "pkg:gem/paranoid2@1.1.6, GHSA-4g4c-8gqh-m4vm",
            "pkg:gem/paranoid2@1.1.7, ",
            "pkg:gem/activesupport@4.2.1, ",
    })
    void sharedSamplesMatchAsTheirRangesSay(String purl, String advisory) throws IOException {
        ExposureReport r = sharedIndex().match(inventory(component(purl)));
        if (advisory == null) {
            assertThat(r.findings()).isEmpty();
        } else {
            assertThat(r.findings()).extracting(f -> f.advisory().id()).containsExactly(advisory);
        }
    }

    @Test
    void theFindingSaysWhichSpanOfTheRangeHeldTheVersion() throws IOException {
        ExposureFinding f = sharedIndex()
                .match(inventory(component("pkg:maven/org.xwiki.commons/xwiki-commons-core@12.6.6"))).findings().get(0);
        assertThat(f.reason()).isEqualTo("Maven 12.6.6 >= introduced 12.0 and < fixed 12.6.7 (ECOSYSTEM range)");
        assertThat(f.fixedVersions()).containsExactly("12.6.7");
        ExposureFinding all = sharedIndex().match(inventory(component("pkg:npm/shiba@1.0.0"))).findings().get(0);
        assertThat(all.reason()).isEqualTo("SemVer 2.0 1.0.0 >= introduced 0, no fix named (SEMVER range)");
    }

    @Test
    void ecosystemsWithoutAnOrderingAreReportedNotGuessed() throws IOException {
        ExposureReport r = sharedIndex().match(inventory(component("pkg:gem/passenger@4.0.2"),
                component("pkg:npm/mixin-deep@1.3"), component("pkg:cargo/serde@1.0.0"),
                new SoftwareComponent("x", Optional.empty(), "x", Optional.of("1"), Optional.empty(), Optional.empty()),
                component("pkg:deb/debian/curl@7.0"), component("pkg:npm/no-version")));
        assertThat(r.findings()).isEmpty();
        assertThat(r.unchecked()).extracting(UncheckedComponent::reason).containsExactly(
                "GHSA-9qj7-jvg4-qr2x: no version ordering for ecosystem RubyGems",
                "GHSA-fhjf-83wg-r2j9: version '1.3' is not a SemVer 2.0 version",
                "has neither a purl nor a CPE name",
                "purl type 'deb' has no OSV ecosystem",
                "has no version");
        assertThat(r.componentsChecked()).isEqualTo(3);
        // with an ordering for RubyGems the record is decided: 4.0.2 is in [4.0.1, 4.0.5)
        AdvisoryIndex withGems = AdvisoryIndex.builder()
                .addAll(Osv.read(Files.readString(SharedData.require("osv/multiple_ranges_in_package.osv.json")))
                        .accepted())
                .scheme("RubyGems", VersionScheme.maven()).build();
        assertThat(withGems.match(inventory(component("pkg:gem/passenger@4.0.2"))).findings()).hasSize(1);
        assertThat(withGems.match(inventory(component("pkg:gem/passenger@3.0.21"))).findings()).isEmpty();
    }

    @Test
    void lastAffectedAndLimitBoundTheRange() {
        VersionRange lastAffected = new VersionRange(VersionRange.Type.ECOSYSTEM, List.of(
                new RangeEvent(RangeEvent.Kind.INTRODUCED, "1.0"), new RangeEvent(RangeEvent.Kind.LAST_AFFECTED, "1.4")));
        assertThat(AdvisoryIndex.affects(VersionScheme.maven(), lastAffected, "1.4")).contains(
                "Maven 1.4 >= introduced 1.0 and <= last_affected 1.4 (ECOSYSTEM range)");
        assertThat(AdvisoryIndex.affects(VersionScheme.maven(), lastAffected, "1.4.1")).isEmpty();
        assertThat(AdvisoryIndex.affects(VersionScheme.maven(), lastAffected, "0.9")).isEmpty();
        VersionRange limited = new VersionRange(VersionRange.Type.ECOSYSTEM, List.of(
                new RangeEvent(RangeEvent.Kind.INTRODUCED, "0"), new RangeEvent(RangeEvent.Kind.LIMIT, "2.0")));
        assertThat(AdvisoryIndex.affects(VersionScheme.maven(), limited, "1.9")).isPresent();
        assertThat(AdvisoryIndex.affects(VersionScheme.maven(), limited, "2.0")).isEmpty();
    }

    @Test
    void cpeMatchesWithVersionBoundsFindInventoryItemsThatCarryACpe() {
        CpeMatch match = new CpeMatch(CpeName.parse("cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*"), true,
                Optional.of("2.0.1"), Optional.empty(), Optional.empty(), Optional.of("2.15.0"));
        Advisory nvd = new Advisory("CVE-2021-44228", "NVD", List.of(), "Log4Shell", Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(match));
        AdvisoryIndex index = AdvisoryIndex.of(List.of(nvd));
        SoftwareComponent affected = new SoftwareComponent("log4j", Optional.empty(), "log4j", Optional.of("2.14.1"),
                Optional.empty(), Optional.of(CpeName.parse("cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*")));
        SoftwareComponent fixed = new SoftwareComponent("log4j2", Optional.empty(), "log4j", Optional.of("2.15.0"),
                Optional.empty(), Optional.of(CpeName.parse("cpe:2.3:a:apache:log4j:2.15.0:*:*:*:*:*:*:*")));
        ExposureReport r = index.match(inventory(affected, fixed));
        assertThat(r.findings()).hasSize(1);
        assertThat(r.findings().get(0).reason()).isEqualTo("CPE cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:* within "
                + ">= 2.0.1 and < 2.15.0 of cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*");
        assertThat(r.findings().get(0).fixedVersions()).containsExactly("2.15.0");
    }

    @Test
    void findingsBecomeAPatchPlanWithCvssSsvcAndDeadlines() {
        String record = """
                {"id": "GHSA-test-0001", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2024-0001"],
                 "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
                 "affected": [{"package": {"ecosystem": "npm", "name": "a"},
                   "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "2.0.0"}]}]},
                  {"package": {"ecosystem": "npm", "name": "b"}, "versions": ["1.0.0"]}]}""";
        String noCve = """
                {"id": "GHSA-test-0002", "modified": "2024-01-01T00:00:00Z",
                 "affected": [{"package": {"ecosystem": "npm", "name": "a"}, "versions": ["1.0.0"]}]}""";
        AdvisoryIndex index = AdvisoryIndex.builder().addAll(Osv.read(record).accepted())
                .addAll(Osv.read(noCve).accepted()).build();
        ExposureReport report = index.match(inventory(component("pkg:npm/a@1.0.0"), component("pkg:npm/b@1.0.0")));
        assertThat(report.findings()).hasSize(3);
        assertThat(report.withoutCve()).extracting(f -> f.advisory().id()).containsExactly("GHSA-test-0002");
        Instant detected = Instant.parse("2026-03-02T09:00:00Z");
        ExposureContext context = ExposureContext.of(detected, SystemExposure.OPEN, true, HumanImpact.HIGH);
        assertThat(report.vulnerabilities(context)).singleElement()
                .satisfies(v -> assertThat(v.id()).isEqualTo("svc-1:CVE-2024-0001"));
        List<PatchItem> plan = report.patchPlan(context, RemediationPolicy.defaults(),
                Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), ZoneOffset.UTC));
        assertThat(plan).singleElement().satisfies(p -> {
            assertThat(p.cve()).isEqualTo("CVE-2024-0001");
            assertThat(p.components()).containsExactly("a@1.0.0", "b@1.0.0");
            assertThat(p.fixedVersions()).containsExactly("2.0.0");
            assertThat(p.cvssScore()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("9.8"));
            assertThat(p.severity()).isEqualTo(CvssSeverity.CRITICAL);
            assertThat(p.ssvc().outcome()).isEqualTo("scheduled");
            assertThat(p.status().state()).isEqualTo(RemediationState.OPEN_WITHIN_SLA);
            assertThat(p.status().due().orElseThrow().due()).isEqualTo(Instant.parse("2026-03-17T09:00:00Z"));
        });
    }

    @Test
    void aKevListedCveIsActivelyExploitedAndDueOnCisasDate() {
        String record = """
                {"id": "GHSA-test-0003", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2024-0003"],
                 "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N"}],
                 "affected": [{"package": {"ecosystem": "PyPI", "name": "Some_Lib"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "1.0"}, {"fixed": "1.4.2"}]}]}]}""";
        KevCatalog kev = KevCatalog.parse("""
                {"catalogVersion": "2026.03.01", "dateReleased": "2026-03-01T12:00:00.000Z", "count": 1,
                 "vulnerabilities": [{"cveID": "CVE-2024-0003", "vendorProject": "Some", "product": "Lib",
                   "vulnerabilityName": "Some Lib flaw", "dateAdded": "2026-03-01", "dueDate": "2026-03-05",
                   "requiredAction": "Apply updates", "knownRansomwareCampaignUse": "Unknown"}]}""");
        ExposureReport report = AdvisoryIndex.of(Osv.read(record).accepted())
                .match(inventory(component("pkg:pypi/some-lib@1.4.1")));
        ExposureContext context = ExposureContext.of(Instant.parse("2026-03-02T09:00:00Z"), SystemExposure.OPEN, true,
                HumanImpact.HIGH).withKev(kev);
        PatchItem item = report.patchPlan(context, RemediationPolicy.defaults(),
                Clock.fixed(Instant.parse("2026-03-03T00:00:00Z"), ZoneOffset.UTC)).get(0);
        assertThat(item.severity()).isEqualTo(CvssSeverity.MEDIUM);
        assertThat(item.status().vulnerability().exploitation()).isEqualTo(Exploitation.ACTIVE);
        assertThat(item.ssvc().outcome()).isEqualTo("immediate");
        assertThat(item.status().due().orElseThrow().due()).isEqualTo(Instant.parse("2026-03-06T00:00:00Z"));
        assertThat(item.status().due().orElseThrow().reason()).startsWith("CISA KEV due date 2026-03-05 overrides");
    }
}
