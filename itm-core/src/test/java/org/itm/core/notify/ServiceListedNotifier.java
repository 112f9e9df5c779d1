package org.itm.core.notify;

/** A notifier listed in the test class path's META-INF/services, to prove discovery. */
public final class ServiceListedNotifier implements Notifier {

    @Override
    public String name() {
        return "service-listed";
    }

    @Override
    public DeliveryResult send(Notification notification) {
        return DeliveryResult.delivered(name());
    }
}
