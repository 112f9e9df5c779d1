package org.itm.core.service.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of reconciliation over random exports. */
class CmdbProperties {

    private static final CmdbReconciler CMDB = CmdbReconcilerTest.reconciler();

    @Property(tries = 200)
    void importingTheSameEntriesAgainChangesNothing(@ForAll("exports") List<CmdbEntry> entries,
                                                    @ForAll("sources") String source) {
        CmdbImport once = CMDB.reconcile(List.of(), source, entries);
        CmdbImport twice = CMDB.reconcile(once.items(), source, entries);
        assertThat(twice.items()).isEqualTo(once.items());
        assertThat(twice.report().changedAnything()).isFalse();
        // every entry applied once is unchanged the second time; conflicts stay conflicts
        for (int i = 0; i < entries.size(); i++) {
            CmdbOutcome.Kind before = once.report().outcomes().get(i).kind();
            CmdbOutcome.Kind after = twice.report().outcomes().get(i).kind();
            assertThat(after).isEqualTo(before == CmdbOutcome.Kind.CONFLICTING ? CmdbOutcome.Kind.CONFLICTING
                    : CmdbOutcome.Kind.UNCHANGED);
        }
    }

    @Property(tries = 200)
    void everyEntryHasExactlyOneOutcomeAndItemsOnlyGrowByTheCreatedOnes(
            @ForAll("exports") List<CmdbEntry> first, @ForAll("exports") List<CmdbEntry> second) {
        CmdbImport a = CMDB.reconcile(List.of(), "servicenow", first);
        CmdbImport b = CMDB.reconcile(a.items(), "discovery", second);
        assertThat(b.report().outcomes()).hasSize(second.size());
        assertThat(b.items()).hasSize(a.items().size() + b.report().created().size());
        assertThat(b.items().stream().map(r -> r.item().id()).distinct()).hasSize(b.items().size());
    }

    @Provide
    Arbitrary<String> sources() {
        return Arbitraries.of("servicenow", "discovery", "other");
    }

    @Provide
    Arbitrary<List<CmdbEntry>> exports() {
        Arbitrary<String> serial = Arbitraries.of("", "S1", "s1", "S2", "S3");
        Arbitrary<String> host = Arbitraries.of("", "web01", "WEB01", "db07");
        Arbitrary<String> domain = Arbitraries.of("", "corp.example.com", "lab.example.com");
        Arbitrary<String> ip = Arbitraries.of("", "10.0.0.1", "10.0.0.2");
        Arbitrary<Map<String, String>> values = Combinators.combine(serial, host, domain, ip).as((s, h, d, i) -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", "item " + s + h);
            m.put("type", "server");
            m.put("serial", s);
            m.put("hostname", h);
            m.put("domain", d);
            m.put("ip_address", i);
            return m;
        }).filter(m -> !m.get("serial").isEmpty() || (!m.get("hostname").isEmpty() && !m.get("domain").isEmpty()));
        return values.list().ofMaxSize(8).map(list -> {
            List<CmdbEntry> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(new CmdbEntry("e" + i, list.get(i)));
            }
            return out;
        });
    }
}
