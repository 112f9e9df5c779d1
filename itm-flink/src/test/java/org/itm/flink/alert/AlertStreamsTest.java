package org.itm.flink.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.itm.core.notify.Severity;
import org.itm.flink.Flinks;
import org.itm.operations.alert.Alert;
import org.itm.operations.alert.AlertAction;
import org.itm.operations.alert.AlertCorrelator;
import org.itm.operations.alert.ServiceDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AlertStreamsTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = Flinks.miniCluster();

    /** Two services of three CIs each, one CI without a service, 15-minute correlation, flapping at 3 in 20 min. */
    static final class Shop implements AlertSetup {
        private static final long serialVersionUID = 1L;

        @Override
        public ServiceDirectory directory() {
            return ServiceDirectory.of(Map.of("db-1", "shop", "db-2", "shop", "web-1", "shop",
                    "mx-1", "mail", "mx-2", "mail", "imap-1", "mail"), Map.of("shop", 1, "mail", 2), 3);
        }

        @Override
        public AlertCorrelator.Builder correlator(ServiceDirectory directory) {
            return AlertCorrelator.builder(directory).correlationWindow(Duration.ofMinutes(15))
                    .flapping(3, Duration.ofMinutes(20));
        }
    }

    static List<Alert> alerts(int n) {
        Random random = new Random(23);
        String[] cis = {"db-1", "db-2", "web-1", "mx-1", "mx-2", "imap-1", "printer-7"};
        List<Alert> out = new ArrayList<>();
        Instant t = Instant.parse("2026-03-02T08:00:00Z");
        for (int i = 0; i < n; i++) {
            t = t.plusSeconds(random.nextInt(300));
            String ci = cis[random.nextInt(cis.length)];
            String key = ci + "/check-" + random.nextInt(3);
            out.add(random.nextInt(3) == 0 ? Alert.clear("prom", key, ci, t)
                    : Alert.firing("prom", key, Severity.values()[random.nextInt(Severity.values().length)], ci, t));
        }
        return out;
    }

    @Test
    void actionsEqualTheInJvmCorrelatorOfEachService() throws Exception {
        List<Alert> alerts = alerts(1200);
        StreamExecutionEnvironment env = Flinks.environment(2);
        List<AlertAction> streamed = new ArrayList<>();
        AlertStreams.correlate(env.fromData(alerts, AlertStreams.alertType()).setParallelism(1), new Shop())
                .executeAndCollect().forEachRemaining(streamed::add);

        Shop setup = new Shop();
        ServiceDirectory directory = setup.directory();
        Map<String, AlertCorrelator> perService = new HashMap<>();
        Map<String, List<AlertAction>> expected = new LinkedHashMap<>();
        AlertCorrelator global = setup.correlator(directory).build();
        List<AlertAction> globalActions = new ArrayList<>();
        for (Alert a : alerts) {
            String service = directory.serviceOf(a.ci()).orElse(a.ci());
            expected.computeIfAbsent(service, s -> new ArrayList<>()).addAll(perService
                    .computeIfAbsent(service, s -> setup.correlator(directory).build()).ingest(a));
            globalActions.addAll(global.ingest(a));
        }
        Map<String, List<AlertAction>> actual = new LinkedHashMap<>();
        for (AlertAction a : streamed) {
            String service = a.service().isEmpty() ? directory.serviceOf(a.alertKey().split("/")[0])
                    .orElse(a.alertKey().split("/")[0]) : a.service();
            actual.computeIfAbsent(service, s -> new ArrayList<>()).add(a);
        }
        // per service: the same actions in the same order
        assertThat(actual).isEqualTo(expected);
        // and the same as one correlator for every service, but for how group ids are numbered
        assertThat(streamed).hasSameSizeAs(globalActions);
        assertThat(streamed.stream().map(AlertStreamsTest::withoutGroup).sorted().toList())
                .isEqualTo(globalActions.stream().map(AlertStreamsTest::withoutGroup).sorted().toList());
        assertThat(streamed).extracting(AlertAction::kind).contains(AlertAction.Kind.OPEN_INCIDENT,
                AlertAction.Kind.ATTACH_TO_INCIDENT, AlertAction.Kind.DEDUPLICATED, AlertAction.Kind.FLAPPING,
                AlertAction.Kind.RESOLVE_INCIDENT, AlertAction.Kind.IGNORED);
    }

    private static String withoutGroup(AlertAction a) {
        return a.at() + " " + a.alertKey() + " " + a.kind() + " " + a.service() + " " + a.priority() + " "
                + a.count() + " " + a.note().replaceAll("incident \\S+", "incident");
    }
}
