package org.itm.operations.alert.receiver;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;
import org.itm.operations.alert.Alert;
import org.itm.operations.alert.AlertAction;
import org.itm.operations.alert.StoredAlertCorrelator;
import org.itm.operations.alert.intake.AlertFormat;

/**
 * Where an {@link AlertReceiver} records the alerts of a request. The receiver answers 2xx only after
 * {@link #record} returned, so an implementation must return only once the alerts are kept (stored, when they
 * must survive a restart) and throw otherwise; the sender then retries.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface AlertSink {

    /**
     * Records the alerts of one request.
     *
     * @param format the format they came in
     * @param alerts the accepted alerts, in document order; may be empty
     * @throws RuntimeException if they could not be recorded (the receiver answers 503)
     */
    void record(AlertFormat format, List<Alert> alerts);

    /**
     * A sink that ingests alerts into a {@link StoredAlertCorrelator}, whose groups are stored before it returns,
     * and hands the resulting actions to {@code actions} (which should itself record what it decides, e.g. in the
     * outbox). Requests with more alerts than one store batch takes are ingested in several batches.
     *
     * @param correlator the stored correlator
     * @param actions    receives the actions of each request, after they are stored
     * @return the sink
     */
    static AlertSink correlating(StoredAlertCorrelator correlator, Consumer<List<AlertAction>> actions) {
        return correlating(correlator, a -> List.of(), actions);
    }

    /**
     * A sink that ingests alerts into a {@link StoredAlertCorrelator} and stores {@code effects} of the actions
     * (e.g. outbox entries) in the same atomic batch as the groups, before the receiver answers; see
     * {@link StoredAlertCorrelator#ingestAll(List, Function)}.
     *
     * @param correlator the stored correlator
     * @param effects    the writes that belong to the actions; pure
     * @param actions    receives the actions of each request, after they are stored
     * @return the sink
     */
    static AlertSink correlating(StoredAlertCorrelator correlator,
                                 Function<List<AlertAction>, List<? extends Write>> effects,
                                 Consumer<List<AlertAction>> actions) {
        Checks.notNull(correlator, "correlator");
        Checks.notNull(effects, "effects");
        Checks.notNull(actions, "actions");
        return (format, alerts) -> {
            for (int from = 0; from < alerts.size(); from += StoredAlertCorrelator.MAX_ALERTS_PER_CALL) {
                List<Alert> part = alerts.subList(from,
                        Math.min(alerts.size(), from + StoredAlertCorrelator.MAX_ALERTS_PER_CALL));
                actions.accept(correlator.ingestAll(part, effects));
            }
        };
    }
}
