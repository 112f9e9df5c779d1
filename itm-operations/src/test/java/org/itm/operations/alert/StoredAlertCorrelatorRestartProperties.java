package org.itm.operations.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itm.core.notify.Severity;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;

/**
 * A stored correlator that is restarted between alerts decides exactly what one correlator that never stopped
 * decides: the restart loses no group (open, or with all its alerts cleared), no count and no flapping history.
 */
class StoredAlertCorrelatorRestartProperties {

    private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");
    private static final ServiceDirectory DIRECTORY = ServiceDirectory.of(
            Map.of("db-1", "shop", "web-1", "shop", "mail-1", "mail"), Map.of("shop", 1, "mail", 2), 3);
    private static final List<String> CIS = List.of("db-1", "web-1", "mail-1");

    private static AlertCorrelator.Builder settings(AllClearPolicy policy) {
        return AlertCorrelator.builder(DIRECTORY).correlationWindow(Duration.ofMinutes(10))
                .flapping(4, Duration.ofMinutes(30)).allClear(policy);
    }

    record Step(int minutesLater, int ci, int check, int status, Severity severity, boolean restartBefore) {
        Alert alert(Instant at) {
            String key = CIS.get(ci) + "/check" + check;
            return switch (status) {
                case 0, 1 -> Alert.firing("prom", key, severity, CIS.get(ci), at);
                case 2 -> Alert.clear("prom", key, CIS.get(ci), at);
                default -> new Alert("pd", key, severity, CIS.get(ci), at, AlertStatus.ACKNOWLEDGED, Map.of());
            };
        }
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 3), Arbitraries.of(Severity.MINOR, Severity.MAJOR, Severity.CRITICAL),
                Arbitraries.integers().between(0, 2).map(r -> r == 0)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 150)
    void restartsBetweenAlertsChangeNoDecision(@ForAll("scripts") List<Step> script,
                                               @ForAll AllClearPolicy policy) {
        AlertCorrelator uninterrupted = settings(policy).build();
        DocumentStore store = DocumentStores.inMemory();
        StoredAlertCorrelator stored = StoredAlertCorrelator.open(store, "default", settings(policy));
        Instant at = T;
        List<AlertAction> expected = new ArrayList<>();
        List<AlertAction> actual = new ArrayList<>();
        for (Step s : script) {
            at = at.plus(Duration.ofMinutes(s.minutesLater()));
            Alert alert = s.alert(at);
            if (s.restartBefore()) {
                stored = StoredAlertCorrelator.open(store, "default", settings(policy));
            }
            expected.addAll(uninterrupted.ingest(alert));
            actual.addAll(stored.ingest(alert));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
