package org.itm.operations.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.Severity;
import org.junit.jupiter.api.Test;

class AlertCorrelatorStateTest {

    static List<Alert> alerts(int n, long seed) {
        Random random = new Random(seed);
        String[] cis = {"db-1", "web-1", "mail-1", "lonely-ci"};
        List<Alert> out = new ArrayList<>();
        Instant t = AlertCorrelatorTest.T;
        for (int i = 0; i < n; i++) {
            t = t.plusSeconds(random.nextInt(400));
            String ci = cis[random.nextInt(cis.length)];
            String key = ci + "/check-" + random.nextInt(3);
            out.add(random.nextInt(3) == 0 ? Alert.clear("prom", key, ci, t)
                    : Alert.firing("prom", key, Severity.values()[random.nextInt(Severity.values().length)], ci, t));
        }
        return out;
    }

    private static AlertCorrelator.Builder settings() {
        return AlertCorrelator.builder(AlertCorrelatorTest.DIRECTORY).correlationWindow(Duration.ofMinutes(15))
                .flapping(3, Duration.ofMinutes(20));
    }

    private static AlertCorrelator roundTrip(AlertCorrelator c) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.writeTo(new DataOutputStream(bytes));
        return settings().restore(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void aRestoredCorrelatorContinuesExactlyAsTheOriginal() throws IOException {
        List<Alert> alerts = alerts(3000, 9);
        AlertCorrelator straight = settings().build();
        List<AlertAction> expected = new ArrayList<>();
        alerts.forEach(a -> expected.addAll(straight.ingest(a)));

        AlertCorrelator c = settings().build();
        List<AlertAction> actual = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            if (i % 97 == 0) {
                c = roundTrip(c);
            }
            actual.addAll(c.ingest(alerts.get(i)));
        }

        assertThat(actual).isEqualTo(expected);
        assertThat(c.openAlerts()).isEqualTo(straight.openAlerts());
        assertThat(c.groups()).isEqualTo(straight.groups());
        assertThat(actual).extracting(AlertAction::kind).contains(AlertAction.Kind.FLAPPING,
                AlertAction.Kind.RESOLVE_INCIDENT, AlertAction.Kind.DEDUPLICATED, AlertAction.Kind.ATTACH_TO_INCIDENT);
    }

    @Test
    void stateThatIsNotACorrelatorsIsRefused() {
        byte[] junk = {0, 0, 0, 42};
        assertThatThrownBy(() -> settings().restore(new DataInputStream(new ByteArrayInputStream(junk))))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("format 42");
    }
}
