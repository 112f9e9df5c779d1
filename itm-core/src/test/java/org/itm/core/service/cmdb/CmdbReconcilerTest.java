package org.itm.core.service.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.itm.core.service.CiId;
import org.itm.core.service.ConfigurationItem;
import org.itm.core.service.ServiceModel;
import org.junit.jupiter.api.Test;

/** CMDB exports identified, reconciled by source precedence and reported entry by entry. */
class CmdbReconcilerTest {

    static final String SERVICENOW_CSV = """
            name,type,serial,hostname,domain,cloud_resource_id,ip_address,os,location
            DB server 7,server,VMW-4C1D-9921,db07,corp.example.com,,10.0.4.17,RHEL 9.3,Frankfurt DC1
            Web front 1,server,,web01,corp.example.com,,10.0.8.21,Ubuntu 22.04,Frankfurt DC1
            Payments worker,cloud-instance,,,,arn:aws:ec2:eu-central-1:123456789012:instance/i-0a1b2c3d,10.20.1.5,Amazon Linux 2023,
            "Core switch, hall B",network,FOC2211X0AB,,,,10.0.0.2,"IOS-XE 17.9",Frankfurt DC1
            """;

    static CmdbReconciler reconciler() {
        return CmdbReconciler.builder()
                .identification(IdentificationRule.of("serial"), IdentificationRule.of("hostname", "domain"),
                        IdentificationRule.of("cloud_resource_id"))
                .precedence("ip_address", "discovery", "servicenow")
                .defaultPrecedence("servicenow", "discovery")
                .build();
    }

    static CmdbImport first() {
        return reconciler().importCsv(List.of(), "servicenow", SERVICENOW_CSV);
    }

    @Test
    void entriesAreCreatedUnderIdsFromTheFirstRuleTheyHave() {
        CmdbImport result = first();
        assertThat(result.report().created()).extracting(o -> o.ci().orElseThrow().value()).containsExactly(
                "serial:vmw-4c1d-9921", "hostname-domain:web01/corp.example.com",
                "cloud_resource_id:arn:aws:ec2:eu-central-1:123456789012:instance/i-0a1b2c3d", "serial:foc2211x0ab");
        assertThat(result.report().created().get(0).entry()).isEqualTo("row 1 (line 2)");
        assertThat(result.report().created().get(0).reasons()).containsExactly(
                "no known item has serial 'VMW-4C1D-9921' or hostname+domain 'db07/corp.example.com'");
        ConfigurationItem db = result.items().get(0).item();
        assertThat(db.name()).isEqualTo("DB server 7");
        assertThat(db.type()).isEqualTo("server");
        assertThat(db.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of("serial", "VMW-4C1D-9921",
                "hostname", "db07", "domain", "corp.example.com", "ip_address", "10.0.4.17", "os", "RHEL 9.3",
                "location", "Frankfurt DC1"));
        assertThat(result.items().get(0).sourceOf("ip_address")).contains("servicenow");
        // an empty cell is unknown, not a value
        assertThat(result.items().get(2).item().attributes()).doesNotContainKey("location");
        assertThat(result.items().get(3).item().name()).isEqualTo("Core switch, hall B");

        // the imported items feed the service model
        ServiceModel.Builder model = ServiceModel.builder();
        result.configurationItems().forEach(model::configurationItem);
        assertThat(model.build().configurationItem(new CiId("serial:foc2211x0ab")).orElseThrow().type())
                .isEqualTo("network");
    }

    @Test
    void reimportingTheSameExportChangesNothing() {
        CmdbImport once = first();
        CmdbImport twice = reconciler().importCsv(once.items(), "servicenow", SERVICENOW_CSV);
        assertThat(twice.items()).isEqualTo(once.items());
        assertThat(twice.report().unchanged()).hasSize(4);
        assertThat(twice.report().changedAnything()).isFalse();
        assertThat(twice.report().unchanged()).allSatisfy(o -> assertThat(o.reasons()).isEmpty());
    }

    @Test
    void eachAttributeKeepsTheValueOfTheSourceThatRanksHighestForIt() {
        String discovery = """
                [{"hostname": "DB07", "domain": "corp.example.com", "ip_address": "10.0.4.18", "os": "RHEL 9.4",
                  "cpu_count": 16},
                 {"serial": "FOC2211X0AB", "ip_address": "10.0.0.2", "location": null}]""";
        CmdbImport after = reconciler().importJson(first().items(), "discovery", discovery);
        CmdbOutcome db = after.report().outcomes().get(0);
        assertThat(db.entry()).isEqualTo("$[0]");
        assertThat(db.kind()).isEqualTo(CmdbOutcome.Kind.UPDATED);
        assertThat(db.ci()).contains(new CiId("serial:vmw-4c1d-9921"));
        assertThat(db.reasons()).containsExactly(
                "hostname: kept 'db07' from servicenow, which ranks above discovery; ignored 'DB07'",
                "ip_address: '10.0.4.17' -> '10.0.4.18'",
                "os: kept 'RHEL 9.3' from servicenow, which ranks above discovery; ignored 'RHEL 9.4'",
                "cpu_count: set to '16'");
        // the switch: same ip, null location -> nothing to change
        assertThat(after.report().outcomes().get(1).kind()).isEqualTo(CmdbOutcome.Kind.UNCHANGED);
        ReconciledItem item = after.items().get(0);
        assertThat(item.item().attributes()).containsEntry("ip_address", "10.0.4.18").containsEntry("os", "RHEL 9.3")
                .containsEntry("hostname", "db07").containsEntry("location", "Frankfurt DC1");
        assertThat(item.sourceOf("ip_address")).contains("discovery");
        assertThat(item.sourceOf("os")).contains("servicenow");

        // the CMDB export again: its stale ip no longer wins, everything else it owns is as it says
        CmdbImport again = reconciler().importCsv(after.items(), "servicenow", SERVICENOW_CSV);
        assertThat(again.report().outcomes().get(0).kind()).isEqualTo(CmdbOutcome.Kind.UNCHANGED);
        assertThat(again.report().outcomes().get(0).reasons()).containsExactly(
                "ip_address: kept '10.0.4.18' from discovery, which ranks above servicenow; ignored '10.0.4.17'");
        assertThat(again.items()).isEqualTo(after.items());
    }

    @Test
    void rulesThatFindDifferentItemsMakeAConflictThatIsNotApplied() {
        String json = """
                {"result": [
                  {"serial": "VMW-4C1D-9921", "hostname": "web01", "domain": "corp.example.com", "os": "x"},
                  {"serial": "NEW-1", "hostname": "web01", "domain": "CORP.EXAMPLE.COM", "os": "Ubuntu 24.04"},
                  {"hostname": "web01", "domain": "corp.example.com", "os": "Debian 12"},
                  {"cloud_resource_id": "arn:aws:ec2:eu-central-1:123456789012:instance/i-0ffff", "name": "New",
                   "type": "cloud-instance"}
                ]}""";
        CmdbImport result = reconciler().importJson(first().items(), "servicenow", json);
        List<CmdbOutcome> o = result.report().outcomes();
        assertThat(o.get(0).kind()).isEqualTo(CmdbOutcome.Kind.CONFLICTING);
        assertThat(o.get(0).ci()).isEmpty();
        assertThat(o.get(0).reasons()).containsExactly("serial 'VMW-4C1D-9921' identifies serial:vmw-4c1d-9921, "
                + "but hostname+domain 'web01/corp.example.com' identifies hostname-domain:web01/corp.example.com");
        // a serial nobody has, but host and domain (any case) of a known item: that item, now with a serial
        assertThat(o.get(1).kind()).isEqualTo(CmdbOutcome.Kind.UPDATED);
        assertThat(o.get(1).ci()).contains(new CiId("hostname-domain:web01/corp.example.com"));
        assertThat(o.get(1).reasons()).containsExactly("serial: set to 'NEW-1'",
                "domain: 'corp.example.com' -> 'CORP.EXAMPLE.COM'", "os: 'Ubuntu 22.04' -> 'Ubuntu 24.04'");
        // the same item a second time in one export
        assertThat(o.get(2).kind()).isEqualTo(CmdbOutcome.Kind.CONFLICTING);
        assertThat(o.get(2).reasons()).containsExactly("hostname+domain 'web01/corp.example.com' identifies "
                + "hostname-domain:web01/corp.example.com, which $.result[1] of this import already set");
        assertThat(o.get(3).kind()).isEqualTo(CmdbOutcome.Kind.CREATED);
        assertThat(result.items()).hasSize(5);
        assertThat(result.items().get(0)).isEqualTo(first().items().get(0));
        assertThat(result.items().get(1).item().attributes()).containsEntry("os", "Ubuntu 24.04");
    }

    @Test
    void aKeySharedByTwoKnownItemsIsAConflict() {
        ConfigurationItem a = new ConfigurationItem(new CiId("a"), "server", "A", Map.of("serial", "S1"));
        ConfigurationItem b = new ConfigurationItem(new CiId("b"), "server", "B", Map.of("serial", "s1"));
        CmdbImport result = reconciler().reconcile(List.of(new ReconciledItem(a, Map.of()),
                new ReconciledItem(b, Map.of())), "servicenow", List.of(new CmdbEntry("e1", Map.of("serial", "S1",
                "os", "x"))));
        assertThat(result.report().conflicting()).singleElement().satisfies(c ->
                assertThat(c.reasons()).containsExactly("serial 'S1' matches a and b"));
        // a value without a recorded source is replaced by any source
        CmdbImport untracked = reconciler().reconcile(List.of(new ReconciledItem(a, Map.of())), "discovery",
                List.of(new CmdbEntry("e1", Map.of("serial", "S1", "name", "A prime"))));
        assertThat(untracked.items().get(0).item().name()).isEqualTo("A prime");
    }

    @Test
    void columnNamesForNameAndTypeAreConfigurable() {
        CmdbReconciler custom = CmdbReconciler.builder().identification(IdentificationRule.of("asset_tag"))
                .nameField("display_name").typeField("ci_class").build();
        CmdbImport result = custom.importCsv(List.of(), "assets", """
                asset_tag,display_name,ci_class
                AT-1001,Laptop of Ann,laptop
                """);
        assertThat(result.items().get(0).item().name()).isEqualTo("Laptop of Ann");
        assertThat(result.items().get(0).item().type()).isEqualTo("laptop");
        assertThat(result.items().get(0).item().id().value()).isEqualTo("asset_tag:at-1001");
    }
}
