package org.itm.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void recordingNotifierDeliversEachIdempotencyKeyOnce() {
        RecordingNotifier recorder = RecordingNotifier.create();
        Notification first = Notifications.sample().idempotencyKey("esc:INC-1:cycle1:p50").build();

        DeliveryResult a = recorder.send(first);
        DeliveryResult b = recorder.send(Notification.builder(first).subject("resent after a restart").build());

        assertThat(a).isEqualTo(DeliveryResult.delivered("recording"));
        assertThat(b.wasDelivered()).isTrue();
        assertThat(b.reason()).startsWith("already delivered");
        assertThat(recorder.received()).containsExactly(first);
    }

    @Test
    void notificationsWithoutKeyOrWithDifferentKeysAreAllDelivered() {
        RecordingNotifier recorder = RecordingNotifier.create();
        recorder.send(Notifications.sample().build());
        recorder.send(Notifications.sample().build());
        recorder.send(Notifications.sample().idempotencyKey("k1").build());
        recorder.send(Notifications.sample().idempotencyKey("k2").build());
        assertThat(recorder.received()).hasSize(4);
    }

    @Test
    void aFailedDeliveryDoesNotUseUpTheKey() {
        RecordingNotifier recorder = RecordingNotifier.create();
        Notification n = Notifications.sample().idempotencyKey("k1").build();
        recorder.failNext(1, "downstream down");
        assertThat(recorder.send(n).wasDelivered()).isFalse();
        assertThat(recorder.send(n).reason()).isEqualTo("delivered");
        assertThat(recorder.received()).containsExactly(n);
    }

    @Test
    void keySurvivesDerivingAndReaddressingAndJson() {
        Notification n = Notifications.sample().build().withIdempotencyKey("k-7");
        assertThat(Notification.builder(n).build().idempotencyKey()).contains("k-7");
        assertThat(n.withRecipients(List.of("carol@example.org")).idempotencyKey()).contains("k-7");
        assertThat(ItmJson.fromJson(ItmJson.toJson(n), Notification.class)).isEqualTo(n);
        assertThat(Notifications.sample().build().idempotencyKey()).isEmpty();
    }

    @Test
    void keyThatCannotTravelInAHeaderIsRejected() {
        assertThatThrownBy(() -> Notifications.sample().idempotencyKey("two words").build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("idempotencyKey"));
        assertThatThrownBy(() -> Notifications.sample().idempotencyKey("k".repeat(256)).build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("at most 255");
        assertThatThrownBy(() -> Notifications.sample().build().withIdempotencyKey(""))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("idempotencyKey");
        Notification n = Notifications.sample().build();
        assertThatThrownBy(() -> new Notification(n.channel(), n.recipients(), n.subject(), n.body(), n.severity(),
                n.correlationId(), n.deduplicationKey(), n.attributes(), null))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("idempotencyKey");
    }
}
