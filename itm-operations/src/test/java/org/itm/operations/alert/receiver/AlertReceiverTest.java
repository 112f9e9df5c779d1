package org.itm.operations.alert.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itm.testkit.validation.ValidationFailures.violationsOf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.itm.core.Violation;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.operations.alert.Alert;
import org.itm.operations.alert.AlertAction;
import org.itm.operations.alert.AlertCorrelator;
import org.itm.operations.alert.ServiceDirectory;
import org.itm.operations.alert.StoredAlertCorrelator;
import org.itm.operations.alert.intake.AlertFormat;
import org.itm.operations.alert.intake.AlertIntake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AlertReceiverTest {

    private static final String TOKEN = "s3cret-token-of-32-characters!!";
    private final AlertIntake intake = AlertIntake.builder(Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"),
            ZoneOffset.UTC)).build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<AlertReceiver> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(AlertReceiver::close);
    }

    private AlertReceiver start(AlertReceiver.Builder b) {
        AlertReceiver r = b.start();
        started.add(r);
        return r;
    }

    static String resource(String name) {
        try (InputStream in = AlertReceiverTest.class.getResourceAsStream("/alerts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpResponse<String> post(URI uri, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void alertmanagerPostIsAnsweredOnceItsAlertsAreStoredInTheCorrelator() throws Exception {
        DocumentStore store = DocumentStores.inMemory();
        StoredAlertCorrelator correlator = StoredAlertCorrelator.open(store, "default",
                AlertCorrelator.builder(ServiceDirectory.of(Map.of(), Map.of("shop-db", 1), 3)));
        List<AlertAction> actions = new CopyOnWriteArrayList<>();
        AlertReceiver receiver = start(AlertReceiver.builder(intake, AlertSink.correlating(correlator,
                actions::addAll)).bearerToken(TOKEN));

        HttpResponse<String> r = post(receiver.uri(AlertFormat.ALERTMANAGER), resource("alertmanager-v4.json"),
                "Authorization", "Bearer " + TOKEN, "Content-Type", "application/json");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"format\":\"alertmanager\",\"accepted\":3,\"rejected\":[],\"warnings\":[]}");
        assertThat(actions).extracting(AlertAction::kind).containsExactly(AlertAction.Kind.OPEN_INCIDENT,
                AlertAction.Kind.ATTACH_TO_INCIDENT, AlertAction.Kind.IGNORED);
        // stored before the answer: a correlator opened on the store now sees both open alerts
        assertThat(StoredAlertCorrelator.open(store, "default", AlertCorrelator.builder(
                ServiceDirectory.of(Map.of(), Map.of(), 3))).openAlerts()).isEqualTo(2);
        assertThat(receiver.uri(AlertFormat.ALERTMANAGER).toString()).startsWith("http://127.0.0.1:")
                .endsWith("/alerts/alertmanager");
    }

    @Test
    void wrongOrMissingBearerTokenIs401AndRecordsNothing() throws Exception {
        List<Alert> recorded = new CopyOnWriteArrayList<>();
        AlertReceiver receiver = start(AlertReceiver.builder(intake, (f, a) -> recorded.addAll(a))
                .bearerToken(TOKEN));
        URI uri = receiver.uri(AlertFormat.ALERTMANAGER);
        assertThat(post(uri, resource("alertmanager-v4.json")).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post(uri, resource("alertmanager-v4.json"), "Authorization", "Bearer nope");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(recorded).isEmpty();
    }

    @Test
    void hmacSignatureOfTheBodyIsChecked() throws Exception {
        byte[] secret = "grafana-shared-secret".getBytes(StandardCharsets.UTF_8);
        List<Alert> recorded = new CopyOnWriteArrayList<>();
        AlertReceiver receiver = start(AlertReceiver.builder(intake, (f, a) -> recorded.addAll(a))
                .hmacSha256(secret, "X-Grafana-Alerting-Signature"));
        String body = resource("grafana-webhook.json");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        URI uri = receiver.uri(AlertFormat.GRAFANA);

        assertThat(post(uri, body, "X-Grafana-Alerting-Signature", signature).statusCode()).isEqualTo(200);
        assertThat(post(uri, body.replace("7.31", "7.32"), "X-Grafana-Alerting-Signature", signature)
                .statusCode()).isEqualTo(401);
        assertThat(post(uri, body).statusCode()).isEqualTo(401);
        assertThat(recorded).hasSize(2);
    }

    @Test
    void malformedBodiesAre400WithTheReason() throws Exception {
        List<Alert> recorded = new CopyOnWriteArrayList<>();
        AlertReceiver receiver = start(AlertReceiver.builder(intake, (f, a) -> recorded.addAll(a)));
        URI uri = receiver.uri(AlertFormat.ALERTMANAGER);
        String sample = resource("alertmanager-v4.json");

        HttpResponse<String> truncated = post(uri, sample.substring(0, sample.length() / 2));
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(truncated.body()).contains("the body cannot be read as alertmanager")
                .contains("(at line ");
        HttpResponse<String> noAlerts = post(uri, "{\"version\":\"4\",\"receiver\":\"r\"}");
        assertThat(noAlerts.statusCode()).isEqualTo(400);
        assertThat(noAlerts.body()).contains("$.alerts: is required");
        HttpResponse<String> latin1 = client.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xE9, '}'})).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(latin1.body()).contains("not UTF-8");
        assertThat(recorded).isEmpty();
    }

    @Test
    void rejectedAlertsAreListedInTheAnswerWhileTheOthersAreRecorded() throws Exception {
        List<Alert> recorded = new CopyOnWriteArrayList<>();
        AlertReceiver receiver = start(AlertReceiver.builder(intake, (f, a) -> recorded.addAll(a)));
        String body = resource("alertmanager-v4.json").replace("\"fingerprint\": \"a07c3de2f9b1e664\"",
                "\"fingerprint\": 17");
        HttpResponse<String> r = post(receiver.uri(AlertFormat.ALERTMANAGER), body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"accepted\":2")
                .contains("{\"entry\":\"alerts[1]\",\"reasons\":[\"$.alerts[1].fingerprint: must be a string, was number\"]}");
        assertThat(recorded).hasSize(2);
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        List<Alert> recorded = new CopyOnWriteArrayList<>();
        AlertReceiver receiver = start(AlertReceiver.builder(intake, (f, a) -> recorded.addAll(a))
                .maxBodyBytes(2048));
        HttpResponse<String> r = post(receiver.uri(AlertFormat.ALERTMANAGER), resource("alertmanager-v4.json"));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("exceeds the limit of 2048 bytes");
        // a chunked body declares no length: it is cut off while being read
        HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(receiver.uri(AlertFormat.ALERTMANAGER))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        resource("alertmanager-v4.json").getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(recorded).isEmpty();
    }

    @Test
    void otherMethodsPathsAndAFailingSinkAreAnsweredPlainly() throws Exception {
        AlertReceiver receiver = start(AlertReceiver.builder(intake, (f, a) -> {
            throw new IllegalStateException("store down");
        }));
        URI uri = receiver.uri(AlertFormat.PAGERDUTY);
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(post(uri.resolve("/elsewhere"), "{}").statusCode()).isEqualTo(404);
        HttpResponse<String> failed = post(uri, resource("pagerduty-events.json"));
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.body()).contains("could not be recorded");
    }

    @Test
    void concurrentPostsAreAllRecordedOnce() throws Exception {
        DocumentStore store = DocumentStores.inMemory();
        StoredAlertCorrelator correlator = StoredAlertCorrelator.open(store, "default",
                AlertCorrelator.builder(ServiceDirectory.of(Map.of(), Map.of(), 3)));
        List<AlertAction> actions = new CopyOnWriteArrayList<>();
        AlertReceiver receiver = start(AlertReceiver.builder(intake, AlertSink.correlating(correlator,
                actions::addAll)).threads(8));
        int posts = 64;
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            String body = """
                    {"routing_key": "k", "event_action": "trigger", "dedup_key": "host-%d/disk",
                     "payload": {"summary": "disk full", "source": "host-%d", "severity": "critical",
                                 "group": "svc-%d", "timestamp": "2026-03-02T10:00:%02dZ"}}
                    """.formatted(i, i, i % 4, i % 60);
            futures.add(client.sendAsync(HttpRequest.newBuilder(receiver.uri(AlertFormat.PAGERDUTY))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> f : futures) {
            assertThat(f.get().statusCode()).isEqualTo(200);
        }
        assertThat(correlator.openAlerts()).isEqualTo(posts);
        assertThat(actions).hasSize(posts);
        assertThat(StoredAlertCorrelator.open(store, "default", AlertCorrelator.builder(
                ServiceDirectory.of(Map.of(), Map.of(), 3))).openAlerts()).isEqualTo(posts);
    }

    @Test
    void startNamesEveryBadSetting() {
        assertThat(violationsOf(() -> AlertReceiver.builder(intake, (f, a) -> { })
                .path(AlertFormat.GRAFANA, "/alerts/alertmanager").path(AlertFormat.PAGERDUTY, "/")
                .bearerToken("short").hmacSha256(new byte[8], " ").maxBodyBytes(0).threads(257)
                .start()))
                .containsExactly(
                        new Violation("bearerToken", "must be at least 16 characters"),
                        new Violation("hmacSecret", "must be at least 16 bytes"),
                        new Violation("maxBodyBytes", "must be between 1 and 16777216"),
                        new Violation("paths[PAGERDUTY]",
                                "must be an absolute path without spaces, such as /alerts/grafana"),
                        new Violation("threads", "must be between 1 and 256"),
                        new Violation("paths[GRAFANA]", "is also the path of ALERTMANAGER: /alerts/alertmanager"),
                        new Violation("hmacHeader", "must name the header that carries the signature"));
        assertThat(violationsOf(() -> AlertReceiver.builder(null, null).address(null).start()))
                .containsExactly(new Violation("address", "must not be null"),
                        new Violation("intake", "must not be null"), new Violation("sink", "must not be null"));
    }
}
