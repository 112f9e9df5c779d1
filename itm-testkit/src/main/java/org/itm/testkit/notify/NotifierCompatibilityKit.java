package org.itm.testkit.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.DeliveryStatus;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Notifier;
import org.itm.core.notify.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proves that a {@link Notifier} honours the SPI contract. Extend it in your test sources, implement the three
 * abstract methods, and every test below runs against your notifier:
 *
 * <pre>{@code
 * class ChatNotifierCompatibilityTest extends NotifierCompatibilityKit {
 *     private ChatServerStub server; // a real HTTP server on loopback that records what it receives
 *
 *     protected Notifier createNotifier() {
 *         server = ChatServerStub.start();
 *         return new ChatNotifier("chat", server.uri("/post"));
 *     }
 *     protected boolean hasReceived(Notification n) {
 *         return server.bodies().stream().anyMatch(b -> b.contains(n.correlationId()));
 *     }
 *     protected int receivedCount() { return server.bodies().size(); }
 *     protected Optional<Notifier> createFailingNotifier() {
 *         return Optional.of(new ChatNotifier("chat", server.uri("/always-503")));
 *     }
 * }
 * }</pre>
 *
 * <p>What is checked: a valid notification is delivered and reported as {@code DELIVERED}; every severity, a
 * multi-line body and attributes get through; every result carries {@link Notifier#name()}; {@code null} and the
 * notifications returned by {@link #notificationsToReject()} are rejected with an {@link ItmValidationException}
 * and nothing is delivered (as are notifications that break the {@link Notification} rules, which cannot
 * even be built); {@value #THREADS} threads sending at once all get a result and every notification
 * arrives; and a failing downstream is reported as a {@code FAILED} result rather than an exception (only when
 * {@link #createFailingNotifier()} provides a notifier whose downstream fails; otherwise that test is skipped, and
 * the integrator should document how failures are reported).
 *
 * <p>Every notification the kit sends has a unique {@link Notification#correlationId()}, so a downstream that only
 * sees serialised messages can match them by correlation id. The kit calls {@link #createNotifier()} once per
 * test, before the test; a notifier that is {@link AutoCloseable} is closed after it.
 *
 * @since 0.1
 */
public abstract class NotifierCompatibilityKit {

    /** Threads that send at the same time in {@link #concurrentSendsAllGetAResult()}. */
    protected static final int THREADS = 8;

    private Notifier notifier;
    private int sequence;

    /**
     * Makes the notifier under test; called before every test, so each test starts on a fresh downstream.
     *
     * @return a new notifier whose downstream has received nothing yet (as seen by {@link #receivedCount()})
     */
    protected abstract Notifier createNotifier();

    /**
     * Whether the downstream of the notifier most recently made by {@link #createNotifier()} received
     * {@code notification}. Called from the test thread only, after the sends have returned.
     *
     * @param notification a notification the kit sent (or tried to send)
     * @return true if the downstream saw it; matching by {@link Notification#correlationId()} is enough
     */
    protected abstract boolean hasReceived(Notification notification);

    /**
     * Counts what the downstream of the notifier most recently made by {@link #createNotifier()} has received, so
     * the kit can check that a rejected notification was not delivered and that no send was lost.
     *
     * @return notifications received downstream since {@link #createNotifier()}, 0 or more
     */
    protected abstract int receivedCount();

    /**
     * A notifier of the same kind whose downstream fails (unreachable, refusing, timing out), if the integrator can
     * arrange one; the kit closes it after the test if it is {@link AutoCloseable}.
     *
     * @return the failing notifier; when empty (the default),
     *         {@link #failingDownstreamIsReportedAsAFailedResultNotAnException()} is skipped
     */
    protected Optional<Notifier> createFailingNotifier() {
        return Optional.empty();
    }

    /**
     * Valid notifications that this particular notifier cannot address and must reject (e.g. a recipient that is
     * not a mail address for a mail notifier).
     *
     * @return notifications that {@link Notifier#send(Notification)} must refuse with an
     *         {@link ItmValidationException} without delivering them; empty by default
     */
    protected List<Notification> notificationsToReject() {
        return List.of();
    }

    /**
     * A builder for a valid notification that this notifier can deliver; override to use the recipient format and
     * channel of your notifier.
     *
     * @return a new builder of a deliverable notification; the kit sets a unique correlation id and
     *         de-duplication key on it before building, so leave those unset
     */
    protected Notification.Builder validNotification() {
        return Notification.builder()
                .channel("email")
                .recipients("oncall@example.org", "team-lead@example.org")
                .subject("Service 'payments' degraded")
                .body("Error rate above 5% for 10 minutes.")
                .severity(Severity.MAJOR)
                .attribute("service", "payments");
    }

    /**
     * Bounds the wait in {@link #concurrentSendsAllGetAResult()}; raise it for a slow downstream.
     *
     * @return how long all concurrent sends together may take before the test fails; default 60 s
     */
    protected Duration concurrencyTimeout() {
        return Duration.ofSeconds(60);
    }

    /**
     * Sets the load of {@link #concurrentSendsAllGetAResult()}, which sends {@value #THREADS} times this many.
     *
     * @return sends per thread, 1 or more; default 25
     */
    protected int sendsPerThread() {
        return 25;
    }

    @BeforeEach
    void createNotifierUnderTest() {
        notifier = createNotifier();
        assertThat(notifier).as("createNotifier() must return a notifier").isNotNull();
    }

    @AfterEach
    void closeNotifierUnderTest() throws Exception {
        if (notifier instanceof AutoCloseable) {
            ((AutoCloseable) notifier).close();
        }
    }

    /**
     * Gives a test added in a subclass the notifier the kit made for the current test.
     *
     * @return the notifier from {@link #createNotifier()} for the current test
     */
    protected final Notifier notifier() {
        return notifier;
    }

    /**
     * Builds the next notification to send in a test added in a subclass; safe to call from several threads.
     *
     * @return a notification from {@link #validNotification()} with a correlation id and de-duplication key unique
     *         within this test
     */
    protected final synchronized Notification nextNotification() {
        return numbered(validNotification(), ++sequence);
    }

    private static Notification numbered(Notification.Builder builder, int n) {
        String id = "KIT-" + n;
        return builder.correlationId(id).deduplicationKey("kit:" + id).build();
    }

    @Test
    void nameIsAStableIdentifier() {
        String name = notifier.name();
        assertThat(name).as("name()").isNotBlank().matches("[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}");
        assertThat(notifier.name()).as("name() must not change").isEqualTo(name);
    }

    @Test
    void validNotificationIsDeliveredAndReportedAsDelivered() {
        Notification notification = nextNotification();

        DeliveryResult result = notifier.send(notification);

        assertThat(result).as("send() must return a result").isNotNull();
        assertThat(result.status()).as("status of %s", result).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(result.attempts()).as("attempts").isGreaterThanOrEqualTo(1);
        assertThat(result.notifierName()).isEqualTo(notifier.name());
        assertThat(hasReceived(notification)).as("downstream received %s", notification.correlationId()).isTrue();
        assertThat(receivedCount()).as("notifications received downstream").isEqualTo(1);
    }

    @Test
    void everySeverityIsDelivered() {
        for (Severity severity : Severity.values()) {
            Notification notification = numbered(validNotification().severity(severity), ++sequence);
            assertThat(notifier.send(notification).status()).as("severity %s", severity)
                    .isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(hasReceived(notification)).as("downstream received severity %s", severity).isTrue();
        }
        assertThat(receivedCount()).isEqualTo(Severity.values().length);
    }

    @Test
    void multiLineUnicodeBodyAndAttributesAreDelivered() {
        Notification notification = numbered(validNotification()
                .subject("Störung: Zahlungsdienst – Fehlerquote > 5 % \"payments\" <b>&</b>")
                .body("Line 1\nLine 2\r\n\tindented – ünïcödé 😀 <script>alert(1)</script>")
                .attribute("team", "payments-ops")
                .attribute("runbook", "https://runbooks.example.org/payments?x=1&y=2"), ++sequence);

        DeliveryResult result = notifier.send(notification);

        assertThat(result.status()).as("status of %s", result).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(hasReceived(notification)).isTrue();
    }

    @Test
    void resultsCarryTheNotifierName() {
        for (int i = 0; i < 5; i++) {
            assertThat(notifier.send(nextNotification()).notifierName()).isEqualTo(notifier.name());
        }
    }

    @Test
    @SuppressWarnings("NullAway") // hands null to the SPI on purpose: the contract says it is rejected
    void invalidNotificationsAreRejectedWithoutDelivery() {
        List<Notification.Builder> invalid = List.of(
                validNotification().subject(" "),
                validNotification().recipients(List.of()),
                validNotification().recipients("oncall@example.org", "oncall@example.org"),
                validNotification().subject("two\nlines"),
                validNotification().channel("no spaces allowed"),
                validNotification().severity(null));
        int n = 0;
        for (Notification.Builder builder : invalid) {
            Notification.Builder numbered = builder.correlationId("KIT-INVALID-" + ++n).deduplicationKey("kit:" + n);
            assertThatThrownBy(() -> notifier.send(numbered.build()))
                    .as("invalid notification #%s", n)
                    .isInstanceOf(ItmValidationException.class);
        }
        assertThatThrownBy(() -> notifier.send(null)).isInstanceOf(ItmValidationException.class);
        assertThat(receivedCount()).as("nothing may be delivered").isZero();
    }

    @Test
    void notificationsThisNotifierCannotAddressAreRejectedWithoutDelivery() {
        List<Notification> bad = notificationsToReject();
        Assumptions.assumeFalse(bad.isEmpty(),
                "skipped: notificationsToReject() names no notification this notifier must reject");
        for (Notification notification : bad) {
            assertThatThrownBy(() -> notifier.send(notification))
                    .as("sending %s", notification.correlationId())
                    .isInstanceOf(ItmValidationException.class);
            assertThat(hasReceived(notification)).as("%s must not be delivered", notification.correlationId())
                    .isFalse();
        }
        assertThat(receivedCount()).as("nothing may be delivered").isZero();
    }

    @Test
    void concurrentSendsAllGetAResult() throws InterruptedException {
        int perThread = sendsPerThread();
        List<List<Notification>> batches = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<Notification> batch = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                batch.add(nextNotification());
            }
            batches.add(batch);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<DeliveryResult>>> futures = new ArrayList<>();
            for (List<Notification> batch : batches) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<DeliveryResult> results = new ArrayList<>();
                    for (Notification n : batch) {
                        results.add(notifier.send(n));
                    }
                    return results;
                }));
            }
            start.countDown();
            long deadline = System.nanoTime() + concurrencyTimeout().toNanos();
            List<DeliveryResult> all = new ArrayList<>();
            for (Future<List<DeliveryResult>> f : futures) {
                try {
                    all.addAll(f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (ExecutionException e) {
                    fail("a concurrent send threw instead of returning a result", e.getCause());
                } catch (TimeoutException e) {
                    fail("concurrent sends did not finish within " + concurrencyTimeout());
                }
            }
            assertThat(all).hasSize(THREADS * perThread).doesNotContainNull();
            assertThat(all).allSatisfy(r -> {
                assertThat(r.notifierName()).isEqualTo(notifier.name());
                assertThat(r.status()).as("status of %s", r).isEqualTo(DeliveryStatus.DELIVERED);
            });
            for (List<Notification> batch : batches) {
                for (Notification n : batch) {
                    assertThat(hasReceived(n)).as("downstream received %s", n.correlationId()).isTrue();
                }
            }
            assertThat(receivedCount()).isGreaterThanOrEqualTo(THREADS * perThread);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void failingDownstreamIsReportedAsAFailedResultNotAnException() throws Exception {
        Optional<Notifier> failing = createFailingNotifier();
        Assumptions.assumeTrue(failing.isPresent(),
                "skipped: createFailingNotifier() provides no notifier with a failing downstream");
        Notifier broken = failing.orElseThrow();
        try {
            Notification notification = nextNotification();
            DeliveryResult result;
            try {
                result = broken.send(notification);
            } catch (RuntimeException e) {
                throw new AssertionError("a delivery failure must be reported as a FAILED result, not thrown", e);
            }
            assertThat(result).as("send() must return a result").isNotNull();
            assertThat(result.status()).as("status of %s", result).isEqualTo(DeliveryStatus.FAILED);
            assertThat(result.reason()).isNotBlank();
            assertThat(result.attempts()).isGreaterThanOrEqualTo(1);
            assertThat(result.notifierName()).isEqualTo(broken.name());
        } finally {
            if (broken instanceof AutoCloseable) {
                ((AutoCloseable) broken).close();
            }
        }
    }
}
