package org.itm.operations.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itm.core.notify.Severity;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.junit.jupiter.api.Test;

class StoredAlertCorrelatorFlappingRestartTest {

    private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");
    private static final ServiceDirectory DIRECTORY = ServiceDirectory.of(
            Map.of("web-1", "shop"), Map.of("shop", 1), 3);

    private static AlertCorrelator.Builder settings() {
        return AlertCorrelator.builder(DIRECTORY).correlationWindow(Duration.ofMinutes(10))
                .flapping(4, Duration.ofMinutes(30)).allClear(AllClearPolicy.RESOLVE);
    }

    @Test
    void changesOfStateAtOneInstantCountAsFlappingAcrossRestarts() {
        List<Alert> alerts = List.of(
                Alert.firing("prom", "web-1/check1", Severity.MINOR, "web-1", T),
                Alert.clear("prom", "web-1/check1", "web-1", T),
                Alert.firing("prom", "web-1/check1", Severity.MINOR, "web-1", T),
                Alert.clear("prom", "web-1/check1", "web-1", T));
        AlertCorrelator uninterrupted = settings().build();
        DocumentStore store = DocumentStores.inMemory();
        List<AlertAction> expected = new ArrayList<>();
        List<AlertAction> actual = new ArrayList<>();
        for (Alert alert : alerts) {
            StoredAlertCorrelator restarted = StoredAlertCorrelator.open(store, "default", settings());
            expected.addAll(uninterrupted.ingest(alert));
            actual.addAll(restarted.ingest(alert));
        }
        assertThat(expected).extracting(AlertAction::kind).contains(AlertAction.Kind.FLAPPING);
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
