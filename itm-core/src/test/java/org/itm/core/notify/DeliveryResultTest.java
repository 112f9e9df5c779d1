package org.itm.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class DeliveryResultTest {

    @Test
    void factoriesSetStatusReasonAndAttempts() {
        assertThat(DeliveryResult.delivered("mail"))
                .isEqualTo(new DeliveryResult("mail", DeliveryStatus.DELIVERED, "delivered", 1));
        assertThat(DeliveryResult.delivered("mail", 3).reason()).isEqualTo("delivered after 3 attempts");
        assertThat(DeliveryResult.failed("mail", "connection refused", 2))
                .isEqualTo(new DeliveryResult("mail", DeliveryStatus.FAILED, "connection refused", 2));
        assertThat(DeliveryResult.suppressed("mail", "quiet hours").attempts()).isZero();
        assertThat(DeliveryResult.delivered("mail").wasDelivered()).isTrue();
        assertThat(DeliveryResult.suppressed("mail", "quiet hours").wasDelivered()).isFalse();
    }

    @Test
    void failureWithoutReasonOrAttemptIsRejected() {
        assertThatThrownBy(() -> DeliveryResult.failed("mail", " ", 1))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> DeliveryResult.failed("mail", "down", 0))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("attempts");
        assertThatThrownBy(() -> new DeliveryResult("mail", DeliveryStatus.SUPPRESSED, "dup", 1))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("attempts");
        assertThatThrownBy(() -> DeliveryResult.delivered(""))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("notifierName");
    }
}
