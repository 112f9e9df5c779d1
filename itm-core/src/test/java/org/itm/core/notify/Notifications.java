package org.itm.core.notify;

/** Test data. */
final class Notifications {

    private Notifications() {
    }

    static Notification.Builder sample() {
        return Notification.builder()
                .channel("email")
                .recipients("alice@example.org", "bob@example.org")
                .subject("INC-1 assigned to you")
                .body("Please look at INC-1.")
                .severity(Severity.MAJOR)
                .correlationId("INC-1")
                .deduplicationKey("INC-1:assigned");
    }

    static Notification sample(String key) {
        return sample().deduplicationKey(key).build();
    }
}
