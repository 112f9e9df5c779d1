package org.itm.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.json.ItmJson;
import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.DeliveryStatus;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Severity;
import org.itm.notify.webhook.TestServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookNotifierTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final byte[] SECRET = "a-shared-secret-of-32-characters".getBytes(StandardCharsets.UTF_8);

    private final TestServer server = TestServer.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final List<DeliveryResult> deadLetters = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private WebhookNotifier.Builder notifier(String path) {
        return WebhookNotifier.builder().name("ops-webhook").endpoint(server.uri(path)).secret(SECRET)
                .clock(CLOCK).sleeper(sleeper).jitter(0).initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofSeconds(1)).deadLetter((n, r) -> deadLetters.add(r));
    }

    private static Notification notification() {
        return Notification.builder().channel("webhook").recipients("ops-team").subject("Disk full on db-1")
                .body("Free space below 2 %").severity(Severity.CRITICAL).correlationId("INC-42")
                .deduplicationKey("disk:db-1").attribute("host", "db-1").build();
    }

    @Test
    void serverErrorsAreRetriedWithExponentialBackoffUntilDelivered() {
        server.script("/hook", Answer.status(503), Answer.status(500), Answer.status(502));

        DeliveryResult result = notifier("/hook").maxAttempts(4).build().send(notification());

        assertThat(result.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(400));
        assertThat(server.received("/hook")).hasSize(4);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void backoffIsCappedAndJitteredWithinItsFraction() {
        server.always("/down", 503);
        RandomGenerator fixedHalf = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return 0.5;
            }
        };

        DeliveryResult result = notifier("/down").maxAttempts(6).jitter(0.5).random(fixedHalf).build()
                .send(notification());

        assertThat(result.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(result.attempts()).isEqualTo(6);
        // 100, 200, 400, 800, 1000 (cap) ms, each reduced by 0.5 * 0.5 = 25 %
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(75), Duration.ofMillis(150),
                Duration.ofMillis(300), Duration.ofMillis(600), Duration.ofMillis(750));
        assertThat(deadLetters).singleElement().isEqualTo(result);
    }

    @Test
    void tooManyRequestsHonoursRetryAfterInSecondsAndAsHttpDate() {
        server.script("/limited",
                new Answer(429, Map.of("Retry-After", "7"), 0),
                new Answer(503, Map.of("Retry-After", "Mon, 02 Mar 2026 09:30:12 GMT"), 0));

        DeliveryResult result = notifier("/limited").build().send(notification());

        assertThat(result.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(12));
    }

    @Test
    void retryAfterLongerThanTheLimitEndsDeliveryAndDeadLetters() {
        server.script("/limited", new Answer(429, Map.of("Retry-After", "3600"), 0));

        DeliveryResult result = notifier("/limited").maxRetryAfter(Duration.ofMinutes(1)).build()
                .send(notification());

        assertThat(result.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.reason()).contains("HTTP 429").contains("3600 s");
        assertThat(sleeper.waits()).isEmpty();
        assertThat(deadLetters).containsExactly(result);
    }

    @Test
    void clientErrorsAreNotRetriedAndGoToTheDeadLetterHook() {
        server.always("/reject", 400);

        DeliveryResult result = notifier("/reject").build().send(notification());

        assertThat(result.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.reason()).contains("HTTP 400").contains("not retried");
        assertThat(server.received("/reject")).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
        assertThat(deadLetters).containsExactly(result);
    }

    @Test
    void aSlowEndpointTimesOutAndIsRetried() {
        server.script("/slow", new Answer(200, Map.of(), 1_500));

        DeliveryResult result = notifier("/slow").requestTimeout(Duration.ofMillis(200)).maxAttempts(2).build()
                .send(notification());

        assertThat(result.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    void anEndpointThatAlwaysTimesOutFailsWithTheReason() {
        server.script("/slow", new Answer(200, Map.of(), 1_500), new Answer(200, Map.of(), 1_500));

        DeliveryResult result = notifier("/slow").requestTimeout(Duration.ofMillis(150)).maxAttempts(2).build()
                .send(notification());

        assertThat(result.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.reason()).contains("no answer").contains("150 ms");
    }

    @Test
    void anUnreachableEndpointIsRetriedThenReportedAsFailed() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        WebhookNotifier n = WebhookNotifier.builder().clock(java.time.Clock.systemUTC()).name("gone").endpoint(URI.create("http://127.0.0.1:" + closedPort))
                .sleeper(sleeper).maxAttempts(3).deadLetter((x, r) -> deadLetters.add(r)).build();

        DeliveryResult result = n.send(notification());

        assertThat(result.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.reason()).contains("could not reach");
        assertThat(deadLetters).hasSize(1);
    }

    @Test
    void requestsAreSignedAndTheReceiverHelperVerifiesThemWithinTheReplayWindow() {
        notifier("/hook").build().send(notification());
        TestServer.Received request = server.received("/hook").get(0);
        String timestamp = request.header(WebhookSignature.TIMESTAMP_HEADER);
        String signature = request.header(WebhookSignature.SIGNATURE_HEADER);

        assertThat(timestamp).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(signature).startsWith("v1=").hasSize(3 + 64);
        WebhookSignature receiver = WebhookSignature.verifier(SECRET, CLOCK);
        assertThat(receiver.verify(timestamp, signature, request.body()).valid()).isTrue();

        assertThat(receiver.verify(timestamp, signature, request.body().replace("db-1", "db-2")).reason())
                .contains("does not match");
        assertThat(WebhookSignature.verifier("another-secret-0123456789".getBytes(StandardCharsets.UTF_8), CLOCK)
                .verify(timestamp, signature, request.body()).valid()).isFalse();
        WebhookSignature later = WebhookSignature.verifier(SECRET, Clock.offset(CLOCK, Duration.ofMinutes(6)));
        assertThat(later.verify(timestamp, signature, request.body()))
                .satisfies(v -> {
                    assertThat(v.valid()).isFalse();
                    assertThat(v.reason()).contains("replay window");
                });
        assertThat(receiver.verify(null, signature, request.body()).valid()).isFalse();
        assertThat(receiver.verify("yesterday", signature, request.body()).valid()).isFalse();
    }

    @Test
    void extremeTimestampsAreRejectedNotThrown() {
        String body = "{}";
        String signature = WebhookSignature.sign(SECRET, NOW, body);
        WebhookSignature receiver = WebhookSignature.verifier(SECRET, CLOCK);
        WebhookSignature forever = WebhookSignature.verifier(SECRET, CLOCK, Duration.ofSeconds(Long.MAX_VALUE));
        for (String t : new String[] {"9223372036854775807", "-9223372036854775808", "31556889864403200",
                "-31557014167219201", "99999999999999999999", "", " ", "1e9", "0x10"}) {
            assertThat(receiver.verify(t, signature, body)).as(t).satisfies(v -> {
                assertThat(v.valid()).isFalse();
                assertThat(v.reason()).isNotBlank();
            });
            assertThat(forever.verify(t, signature, body).valid()).as("forever %s", t).isFalse();
        }
        assertThat(receiver.verify("9223372036854775807", signature, body).reason()).contains("replay window");
        assertThat(forever.verify(Long.toString(NOW.getEpochSecond()), signature, body).valid()).isTrue();
    }

    /** A receiver clock that tests move by hand. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private java.net.http.HttpResponse<String> resend(TestServer.Received request, String path) throws Exception {
        java.net.http.HttpRequest replay = java.net.http.HttpRequest.newBuilder(server.uri(path))
                .header(WebhookSignature.TIMESTAMP_HEADER, request.header(WebhookSignature.TIMESTAMP_HEADER))
                .header(WebhookSignature.SIGNATURE_HEADER, request.header(WebhookSignature.SIGNATURE_HEADER))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8))
                .build();
        return java.net.http.HttpClient.newHttpClient().send(replay, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReceiverWithAReplayCacheRefusesACapturedRequestSentAgain() throws Exception {
        MovableClock receiverClock = new MovableClock(NOW);
        WebhookSignature verifier = WebhookSignature.verifier(SECRET, receiverClock).withReplayCache(100);
        server.verifying("/hook", verifier);

        assertThat(notifier("/hook").build().send(notification()).wasDelivered()).isTrue();
        TestServer.Received captured = server.received("/hook").get(0);
        // someone who captured the request on the wire sends it again, byte for byte, inside the replay window
        receiverClock.advance(Duration.ofMinutes(2));
        assertThat(resend(captured, "/hook").statusCode()).isEqualTo(401);
        // a different notification signed in the same second is no replay
        Notification other = Notification.builder().channel("webhook").recipients("ops-team").subject("Disk full on db-2")
                .body("Free space below 2 %").severity(Severity.CRITICAL).correlationId("INC-43")
                .deduplicationKey("disk:db-2").build();
        assertThat(notifier("/hook").build().send(other).wasDelivered()).isTrue();

        List<WebhookSignature.Verification> seen = server.verifications();
        assertThat(seen).extracting(WebhookSignature.Verification::valid).containsExactly(true, false, true);
        assertThat(seen.get(1).replayed()).isTrue();
        assertThat(seen.get(1).reason()).contains("already accepted");
        assertThat(seen.get(0).replayed()).isFalse();

        // past the window the timestamp alone refuses it, and the cache has let the entry go
        receiverClock.advance(Duration.ofMinutes(3).plusSeconds(1));
        assertThat(resend(captured, "/hook").statusCode()).isEqualTo(401);
        assertThat(server.verifications().get(3).reason()).contains("replay window");
        assertThat(verifier.replayCacheSize()).isZero();
    }

    @Test
    void aFullReplayCacheRefusesNewRequestsUntilEntriesExpire() {
        MovableClock receiverClock = new MovableClock(NOW.plus(Duration.ofMinutes(4)));
        WebhookSignature verifier = WebhookSignature.verifier(SECRET, receiverClock).withReplayCache(2);
        Instant later = NOW.plus(Duration.ofMinutes(4));
        String ts0 = Long.toString(NOW.getEpochSecond());
        String ts1 = Long.toString(later.getEpochSecond());

        assertThat(verifier.verify(ts0, WebhookSignature.sign(SECRET, NOW, "a"), "a").valid()).isTrue();
        assertThat(verifier.verify(ts0, WebhookSignature.sign(SECRET, NOW, "b"), "b").valid()).isTrue();
        // unauthenticated requests never take a place in the cache
        assertThat(verifier.verify(ts1, "v1=00", "c").reason()).contains("does not match");
        WebhookSignature.Verification full = verifier.verify(ts1, WebhookSignature.sign(SECRET, later, "c"), "c");
        assertThat(full.valid()).isFalse();
        assertThat(full.reason()).contains("replay cache is full");
        assertThat(full.replayed()).isFalse();

        // "a" and "b" leave the cache when their timestamps leave the window, 5 minutes after NOW
        receiverClock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(verifier.verify(ts1, WebhookSignature.sign(SECRET, later, "c"), "c").valid()).isTrue();
        assertThat(verifier.replayCacheSize()).isEqualTo(1);
        assertThatThrownBy(() -> WebhookSignature.verifier(SECRET, CLOCK).withReplayCache(0))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("capacity");
    }

    @Test
    void idempotencyKeyTravelsAsHeaderOnEveryAttemptAndOnlyWhenPresent() {
        server.script("/hook", Answer.status(503));
        notifier("/hook").build().send(notification().withIdempotencyKey("esc:INC-42:cycle1:p50"));
        notifier("/hook").build().send(notification());

        List<TestServer.Received> received = server.received("/hook");
        assertThat(received).hasSize(3);
        assertThat(received.get(0).header(WebhookNotifier.IDEMPOTENCY_KEY_HEADER)).isEqualTo("esc:INC-42:cycle1:p50");
        assertThat(received.get(1).header("idempotency-key")).isEqualTo("esc:INC-42:cycle1:p50");
        assertThat(received.get(1).body()).contains("\"idempotencyKey\":\"esc:INC-42:cycle1:p50\"");
        assertThat(received.get(2).header(WebhookNotifier.IDEMPOTENCY_KEY_HEADER)).isNull();
    }

    @Test
    void defaultPayloadCarriesEveryFieldAsJson() {
        notifier("/hook").build().send(notification());

        Map<String, Object> payload = new java.util.HashMap<>();
        ItmJson.fromJson(server.received("/hook").get(0).body(), Map.class).forEach((k, v) -> payload.put((String) k, v));

        assertThat(payload).containsEntry("subject", "Disk full on db-1").containsEntry("severity", "CRITICAL")
                .containsEntry("correlationId", "INC-42").containsEntry("recipients", List.of("ops-team"))
                .containsEntry("attributes", Map.of("host", "db-1")).containsEntry("sentAt", NOW.toString());
    }

    @Test
    void slackPayloadEscapesMrkdwnControlCharacters() {
        Notification hostile = Notification.builder(notification())
                .subject("<!channel> & <https://evil.example|click> \"quoted\"").body("*bold* <@U123>").build();

        notifier("/slack").formatter(PayloadFormatter.slack()).build().send(hostile);

        Map<?, ?> payload = ItmJson.fromJson(server.received("/slack").get(0).body(), Map.class);
        assertThat((String) payload.get("text"))
                .isEqualTo("[CRITICAL] &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt; \"quoted\"");
        String section = ((Map<?, ?>) ((Map<?, ?>) ((List<?>) payload.get("blocks")).get(0)).get("text"))
                .get("text").toString();
        assertThat(section).isEqualTo("*[CRITICAL] &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt; "
                + "\"quoted\"*\n*bold* &lt;@U123&gt;");
        assertThat(section).doesNotContain("<");
    }

    @Test
    void templatePayloadStaysValidJsonWhateverTheNotificationSays() {
        Notification hostile = Notification.builder(notification())
                .subject("\"}, \"injected\": true, \"x\": {\"").body("back\\slash\nnew line").build();
        PayloadFormatter formatter = PayloadFormatter.template(org.itm.notify.template.NotificationTemplate.parse(
                "{\"title\":\"{{subject}}\",\"text\":\"{{body}}\",\"at\":\"{{sentAt}}\"}"));

        notifier("/custom").formatter(formatter).build().send(hostile);

        Map<?, ?> payload = ItmJson.fromJson(server.received("/custom").get(0).body(), Map.class);
        assertThat(payload).hasSize(3);
        assertThat(payload.get("at")).isEqualTo(NOW.toString());
        assertThat(payload.get("title")).isEqualTo(hostile.subject());
        assertThat(payload.get("text")).isEqualTo("back\\slash\nnew line");
    }

    @Test
    void buildReportsEveryBadSetting() {
        assertThatThrownBy(() -> WebhookNotifier.builder().name("bad name").endpoint(URI.create("ftp://x/y"))
                .secret("short").maxAttempts(0).jitter(2).initialBackoff(Duration.ZERO).build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path())
                        .contains("name", "endpoint", "secret", "maxAttempts", "jitter", "initialBackoff"));
        assertThatThrownBy(() -> notifier("/hook").build().send(null)).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void everyBadSettingIsNamedWithItsReasonInOneException() {
        assertThatThrownBy(() -> WebhookNotifier.builder().name("ops hook").secret("short").maxAttempts(21)
                .jitter(-0.1).requestTimeout(Duration.ZERO).initialBackoff(Duration.ofSeconds(10))
                .maxBackoff(Duration.ofSeconds(5)).build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .containsExactlyInAnyOrder(
                                new Violation("clock", "must be set: timestamps come from an injected Clock"
                                        + " (Clock.systemUTC() in production)"),
                                new Violation("endpoint", "must be set"),
                                new Violation("jitter", "must be 0 to 1"),
                                new Violation("maxAttempts", "must be 1 to 20"),
                                new Violation("maxBackoff", "must not be shorter than initialBackoff"),
                                new Violation("name", "must be 1-128 characters of letters, digits or ._:@/- starting"
                                        + " with a letter or digit, was 'ops hook'"),
                                new Violation("requestTimeout", "must be a positive duration, was PT0S"),
                                new Violation("secret", "must be at least 16 bytes")));
    }
}
